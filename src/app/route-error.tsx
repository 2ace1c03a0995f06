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

function RouteError({ error }: FallbackProps) {
  const { t } = useI18n();
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
