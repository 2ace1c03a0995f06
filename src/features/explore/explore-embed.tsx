// The Trend explorer's chart for another site (`/embed/explore?<the explorer's query>`): the chosen measure for
// the chosen regions and Members over the cycle range, whatever tab the link had open. Layout only.
import { useMemo } from 'react';
import { DataBoundary } from '@/components/ui/data-boundary';
import { EmbedFrame } from '@/components/ui/embed-frame';
import { LineChart } from '@/components/ui/chart';
import { StatusPanel } from '@/components/ui/status-panel';
import { useDatasetView } from '@/lib/dataset-view';
import { useDocumentTitle } from '@/lib/document-title';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { selectExploreFrame, type ExploreFrame } from './explore-frame';
import { selectExplore } from './explore-model';
import { useExploreState } from './explore-state';
import { exploreMessages } from './messages';

export function ExploreEmbed() {
  const query = useDatasetView(selectExploreFrame);
  return <DataBoundary query={query}>{(frame) => <ExploreEmbedChart frame={frame} />}</DataBoundary>;
}

function ExploreEmbedChart({ frame }: { readonly frame: ExploreFrame }) {
  const m = useMessages(exploreMessages);
  const { lang } = useI18n();
  const { view } = useExploreState(frame);
  const input = useMemo(() => ({ view, lang, sort: undefined }), [view, lang]);
  const { data: model } = useDatasetView(selectExplore, input);
  useDocumentTitle(model?.title ?? m('title'));
  if (!model) return <StatusPanel tone="empty" title={m('unknownMeasure')} />;
  return (
    <EmbedFrame {...model} legend>
      {(height) => (
        <div data-measure={model.code}>
          <LineChart data={model.rows} {...model.chart} height={height} endLabels />
        </div>
      )}
    </EmbedFrame>
  );
}
