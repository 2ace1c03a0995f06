// The explorer's model: a pure `select` from the dataset and the view (URL state, language, table sort) to
// everything the page draws — the series and their chart config, title, subtitle, text summary, footnote, the
// table spec (also the CSV), download names and the map's heading. The page lays it out and computes nothing.
import { WORLD } from '@/domain/score-table';
import type { Dataset, Lang, Measure } from '@/domain/types';
import type { ChartConfig } from '@/lib/chart/chart-config';
import type { ChartModel } from '@/lib/chart/chart-model';
import { groupSeriesConfig } from '@/lib/chart/group-series-config';
import type { TableSort } from '@/lib/table/table-spec';
import { withChangeSummary } from '@/lib/chart/chart-summary';
import { tickFormatter, valueFormatter } from './explore-format';
import { selectExploreFrame, type ExploreView } from './explore-frame';
import { selectExploreSeries, type ExploreSeries, type ExploreSeriesModel } from './explore-series';
import { exploreTableSpec } from './explore-table-spec';
import {
  exploreSubtitle,
  exploreSummary,
  exploreTitle,
  exploreWords,
  fileGroup,
  fileMeasure,
  measureName,
  seriesLabel,
  unitName,
  type ExploreText,
} from './explore-text';

/** What the model is built from: the view in the URL, the language shown and the table's sort. */
export interface ExploreInput {
  readonly view: ExploreView;
  readonly lang: Lang;
  readonly sort: TableSort | undefined;
}

export interface ExploreModel extends ChartModel<ExploreSeries> {
  /** The measure's code, as the URL names it. */
  readonly code: string;
  readonly chart: {
    readonly formatValue: (value: number) => string;
    /** Scores in value mode sit on 0–100; counts and changes on bounds of their own. */
    readonly yDomain: readonly [number, number] | 'auto';
    readonly formatTick: ((value: number) => string) | undefined;
  };
  /** What the Map tab maps, and its name there (with the unit for counts and amounts). */
  readonly map: {
    readonly measure: Measure;
    readonly label: string;
    /** The measure's code (the URL's) and its name in file names, for the map's downloads. */
    readonly code: string;
    readonly fileMeasure: string;
  };
}

/** Colour, marker and dash per series: the world's reference line, then regions, then Members. */
export function exploreChartConfig(series: ExploreSeriesModel, text: Pick<ExploreText, 'i18n' | 'm'>): ChartConfig {
  const withMembers = series.view.members.length > 0;
  return groupSeriesConfig(
    { key: WORLD, label: text.m('series.world') },
    series.series
      .filter((entry) => entry.kind !== 'world')
      .map((entry) => ({
        key: entry.key,
        label: seriesLabel(entry, text),
        short: entry.key,
        // Regions are averages behind the Members when both are shown: dash them.
        dashed: entry.kind === 'region' && withMembers,
      })),
  );
}

export function selectExplore(dataset: Dataset, input: ExploreInput): ExploreModel | null {
  const series = selectExploreSeries(dataset, input.view);
  if (!series) return null;
  const frame = selectExploreFrame(dataset);
  const words = exploreWords(input.lang);
  const { i18n, m } = words;
  const text: ExploreText = { ...words, format: valueFormatter(series.unit, series.view.mode, i18n) };
  const measure = measureName(series.measure, dataset.framework.areas, text);
  const title = exploreTitle(series, measure, text);
  const { from, to, mode } = series.view;
  const score = series.unit === 'score';
  const drawn = {
    config: exploreChartConfig(series, text),
    rows: series.rows,
    facts: {
      ...(score && mode === 'value' ? { bands: dataset.framework.ratingBands } : {}),
      coverage: Object.fromEntries(
        series.series.map((entry) => [
          entry.key,
          entry.points.map((point) => (point.n === null || point.of === null ? null : { n: point.n, of: point.of })),
        ]),
      ),
    },
  };
  // Changes from cycle to cycle in the chart's own unit: points for scores, the raw unit for counts.
  const formatChange = score ? undefined : valueFormatter(series.unit, 'change', i18n);
  return {
    code: series.view.measure,
    title,
    subtitle: exploreSubtitle(series, frame, text),
    summary: withChangeSummary(exploreSummary(series, text), drawn, { i18n, formatChange }),
    footnote: `${m('footnote.method')} ${i18n.t('footer.illustrative')}`,
    ...drawn,
    chart: {
      formatValue: text.format,
      yDomain: score && mode === 'value' ? [0, 100] : 'auto',
      formatTick: score && mode === 'value' ? undefined : tickFormatter(input.lang),
    },
    table: exploreTableSpec(series, text, title, input.sort),
    file: { measure: fileMeasure(series), group: fileGroup(series), cycles: [from, to] },
    measure: series.view.measure,
    map: {
      measure: series.measure,
      label: score ? measure : `${measure} (${unitName(series.measure, i18n)})`,
      code: series.view.measure,
      fileMeasure: fileMeasure(series),
    },
  };
}
