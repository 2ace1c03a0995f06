// The page around every view: skip link, header (site-header.tsx), footer with the data's source and the
// illustrative-data label.
import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { LoadedDataset } from '@/api/dataset';
import { summaryQueryOptions, type SummaryLoad } from '@/api/summary-document';
import { DataSourceProvider, useDataSource } from '@/components/ui/data-source-context';
import type { Dataset, DataSource } from '@/domain/types';
import { useDatasetIfLoaded } from '@/lib/dataset-view';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentSettings } from './document-settings';
import { RouteErrorBoundary } from './route-error';
import { SiteHeader } from './site-header';

const selectSource = (dataset: Dataset): DataSource => dataset.source;
const selectSummarySource = (load: SummaryLoad | null): DataSource | null => load?.input.source ?? null;
const selectSaved = (dataset: LoadedDataset): boolean => dataset.savedCopy !== undefined;

const DataNotice = lazy(() => import('./data-notice'));

export function Layout() {
  const { t } = useI18n();
  useDocumentSettings();

  const { data: source } = useDatasetIfLoaded(selectSource);
  // Until then, the source the Overview's summary document names, if it drew from one.
  const { data: summarySource } = useQuery({ ...summaryQueryOptions(), enabled: false, select: selectSummarySource });
  return (
    <DataSourceProvider value={source ?? summarySource ?? null}>
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
  const { data: saved, isError } = useDatasetIfLoaded(selectSaved);
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
