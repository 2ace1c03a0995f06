// The page around an embed (`/embed/…`): no header, navigation or footer — the chart's own frame carries its
// source and a link to the full view (components/ui/embed-frame.tsx). Its own chunk: the site's first load does
// not carry it, and an embed does not load the site header. Any site may frame these pages (scripts/build/site.ts).
import { Outlet } from 'react-router';
import { DataSourceProvider } from '@/components/ui/data-source-context';
import { EMBED_TITLE_ID, useFullViewHref } from '@/components/ui/embed-frame';
import { embedMessages } from '@/components/ui/embed-messages';
import type { Dataset, DataSource } from '@/domain/types';
import { useDatasetIfLoaded } from '@/lib/dataset-view';
import { useDocumentTitle } from '@/lib/document-title';
import { useMessages } from '@/lib/i18n/i18n';
import { useDocumentSettings } from './document-settings';
import { RouteErrorBoundary } from './route-error';
import './embed.css';

const selectSource = (dataset: Dataset): DataSource => dataset.source;

export function EmbedLayout() {
  useDocumentSettings();
  const { data: source } = useDatasetIfLoaded(selectSource);
  return (
    <DataSourceProvider value={source ?? null}>
      <main className="embed-main" aria-labelledby={EMBED_TITLE_ID}>
        <RouteErrorBoundary>
          <Outlet />
        </RouteErrorBoundary>
      </main>
    </DataSourceProvider>
  );
}

/** An embed address of a view that has no embed (or of no view): says so, and links to the address itself. */
export function NoEmbed() {
  const m = useMessages(embedMessages);
  const full = useFullViewHref();
  useDocumentTitle(m('none.title'));
  return (
    <div className="embed-none">
      <h1 id={EMBED_TITLE_ID}>{m('none.title')}</h1>
      <p>{m('none.body')}</p>
      <p>
        <a href={full} target="_blank" rel="noopener">
          {m('fullView')}
          <span className="visually-hidden"> {m('newTab')}</span>
        </a>
      </p>
    </div>
  );
}
