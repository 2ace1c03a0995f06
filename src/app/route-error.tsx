// The error boundary around every view: a crash in one view says so and leaves the rest working. It
// resets when the user goes to another page.
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { Link, useLocation } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n';

export function RouteErrorBoundary({ children }: { readonly children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
      {children}
    </ErrorBoundary>
  );
}

/**
 * Whether a view's code failed to download rather than to run: offline before the app was kept, or a new
 * version published since the page opened (its old files are gone). Each browser words it its own way.
 */
export function isCodeLoadFailure(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(error.message)
  );
}

function RouteError({ error }: FallbackProps) {
  const { t } = useI18n();
  if (isCodeLoadFailure(error)) {
    return (
      <section className="status-panel status-panel--error" role="alert">
        <h1 className="status-panel__title">{t('error.code.title')}</h1>
        <p>{t('error.code.body')}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('error.code.reload')}
        </button>
      </section>
    );
  }
  return (
    <section className="status-panel status-panel--error" role="alert">
      <h1 className="status-panel__title">{t('error.crash.title')}</h1>
      <p>{t('error.crash.body')}</p>
      <p className="status-panel__detail">{error instanceof Error ? error.message : String(error)}</p>
      <p>
        <Link to="/">{t('error.crash.home')}</Link>
      </p>
    </section>
  );
}
