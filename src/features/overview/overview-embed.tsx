// The Overview's chart for another site (`/embed/`): the world Security Index over time, or with `?chart=regions`
// the Index by region. Layout only: the same models as the Overview's page draw it.
import { useSearchParams } from 'react-router';
import { DataBoundary } from '@/components/ui/data-boundary';
import { EmbedFrame } from '@/components/ui/embed-frame';
import { LineChart } from '@/components/ui/chart';
import { StatusPanel } from '@/components/ui/status-panel';
import type { OverviewInput } from '@/domain/overview-facts';
import type { Lang } from '@/domain/types';
import type { ChartModel } from '@/lib/chart/chart-model';
import { useDocumentTitle } from '@/lib/document-title';
import { CHART_PARAM } from '@/lib/export/share-links';
import { useI18n } from '@/lib/i18n/i18n';
import { selectOverview } from './overview-model';
import { selectOverviewSections } from './overview-sections-model';
import { useOverviewView } from './overview-view';

/** What an embed draws of one of the Overview's charts. */
interface EmbedChart {
  readonly hasData: boolean;
  readonly chart: Pick<ChartModel<unknown>, 'title' | 'subtitle' | 'summary' | 'config' | 'rows'>;
  readonly legend: boolean;
}

const selectWorld = (input: OverviewInput, lang: Lang): EmbedChart => {
  const overview = selectOverview(input, lang);
  return { hasData: overview.hasData, chart: overview.chart, legend: false };
};
const selectRegions = (input: OverviewInput, lang: Lang): EmbedChart => ({
  hasData: input.facts.hasData,
  chart: selectOverviewSections(input, lang).regions,
  legend: true,
});

export function OverviewEmbed() {
  const { t, fmt, lang } = useI18n();
  const [params] = useSearchParams();
  const regions = params.get(CHART_PARAM) === 'regions';
  const query = useOverviewView(regions ? selectRegions : selectWorld, lang);
  useDocumentTitle(query.data?.chart.title ?? t('overview.title'));
  return (
    <DataBoundary query={query}>
      {({ hasData, chart, legend }) =>
        hasData ? (
          <EmbedFrame {...chart} legend={legend}>
            {(height) => <LineChart data={chart.rows} formatValue={fmt.score} endLabels={legend} height={height} />}
          </EmbedFrame>
        ) : (
          <StatusPanel tone="empty" title={t('empty.title')} />
        )
      }
    </DataBoundary>
  );
}
