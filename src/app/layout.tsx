// The page around every view: skip link, header (site-header.tsx), footer with the data's source and the
// illustrative-data label.
import { lazy, Suspense, useEffect } from 'react';
import { NavLink, Outlet, useSearchParams } from 'react-router';
import type { LoadedDataset } from '@/api/dataset';
import { DataSourceProvider, useDataSource } from '@/components/ui/data-source-context';
import type { Dataset, DataSource } from '@/domain/types';
import { useDatasetView } from '@/lib/dataset-view';
import { isLang, useI18n } from '@/lib/i18n/i18n';
import { usePreferencesActions, useTheme } from '@/lib/preferences';
import { RouteErrorBoundary } from './route-error';
import { SiteHeader } from './site-header';

const selectSource = (dataset: Dataset): DataSource => dataset.source;
const selectSaved = (dataset: LoadedDataset): boolean => dataset.savedCopy !== undefined;

const DataNotice = lazy(() => import('./data-notice'));

export function Layout() {
  const i18n = useI18n();
  const { t } = i18n;
  useLanguageFromLink();
  useThemeOnDocument();
  useEffect(() => {
    // The document's title is each route's own (useDocumentTitle).
    document.documentElement.lang = i18n.lang;
  }, [i18n.lang]);

  const { data: source } = useDatasetView(selectSource);
  return (
    <DataSourceProvider value={source ?? null}>
      <div className="app">
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <SiteHeader />
        <main id="main" className="app-main" tabIndex={-1}>
          <DataNoticeSlot />
          <RouteErrorBoundary>
            <Outlet />
          </RouteErrorBoundary>
        </main>
        <Footer />
      </div>
    </DataSourceProvider>
  );
}

/** The notice that the data on screen is a saved copy or could not be refreshed; its code loads only then. */
function DataNoticeSlot() {
  const { data: saved, isError } = useDatasetView(selectSaved);
  if (saved === undefined || (!saved && !isError)) return null;
  return (
    <Suspense fallback={null}>
      <DataNotice />
    </Suspense>
  );
}

/** `?lang=fr` in a shared link opens the app in French and remembers the choice. */
function useLanguageFromLink() {
  const [params] = useSearchParams();
  const { languageChosen } = usePreferencesActions();
  const requested = params.get('lang');
  useEffect(() => {
    if (isLang(requested)) languageChosen(requested);
  }, [requested, languageChosen]);
}

/** `data-theme` on <html> selects the palette; "system" follows the operating system's setting, live. */
function useThemeOnDocument() {
  const theme = useTheme();
  useEffect(() => {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = theme === 'system' ? (dark.matches ? 'dark' : 'light') : theme;
    };
    apply();
    dark.addEventListener('change', apply);
    return () => {
      dark.removeEventListener('change', apply);
    };
  }, [theme]);
}

function Footer() {
  const { t, fmt } = useI18n();
  const source = useDataSource();
  return (
    <footer className="app-footer">
      {source?.illustrative !== false ? <p className="app-footer__label">{t('footer.illustrative')}</p> : null}
      {source ? <p>{t('footer.source', { source: source.name, date: fmt.date(source.asOf) })}</p> : null}
      <p>
        <NavLink to="/methodology">{t('footer.method')}</NavLink> · {t('footer.wco')}
      </p>
    </footer>
  );
}
