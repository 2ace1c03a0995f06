// The page around every view: skip link, header (site-header.tsx), footer with the data's source and the
// illustrative-data label.
import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import type { LoadedDataset } from '@/api/dataset';
import { DataSourceProvider, useDataSource } from '@/components/ui/data-source-context';
import type { Dataset, DataSource } from '@/domain/types';
import { useDatasetView } from '@/lib/dataset-view';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentSettings } from './document-settings';
import { RouteErrorBoundary } from './route-error';
import { SiteHeader } from './site-header';

const selectSource = (dataset: Dataset): DataSource => dataset.source;
const selectSaved = (dataset: LoadedDataset): boolean => dataset.savedCopy !== undefined;

const DataNotice = lazy(() => import('./data-notice'));

export function Layout() {
  const { t } = useI18n();
  useDocumentSettings();

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
