// The Overview's first screen as a pure `select` from its input (domain/overview-facts.ts) and the language: the headline figures (Members
// reporting, the world Security Index with its rating, change since the resolution and trend, from
// summariseSeries), the open-cycle note, and the world chart with its words, table and file name. The sections
// below the fold have their own model (overview-sections-model.ts), loaded with their chunk.
import { latestClosedCycle } from '@/domain/framework';
import type { OverviewInput } from '@/domain/overview-facts';
import type { AggregatePoint } from '@/domain/score-table';
import { summariseSeries } from '@/domain/summary';
import type { Lang } from '@/domain/types';
import { createI18n } from '@/lib/i18n/i18n';
import type { ChartModel } from '@/lib/chart/chart-model';
import { withChangeSummary } from '@/lib/chart/chart-summary';

export interface Figure {
  readonly label: string;
  /** The figure, or null when coverage is too low for one (`insufficient` says so). */
  readonly value: string | null;
  readonly rating: string | null;
  readonly insufficient: string;
  readonly note: string;
}

export interface OverviewModel {
  readonly hasData: boolean;
  readonly reporting: Figure;
  readonly index: Figure;
  /** "The 2025 cycle is still open…", when a cycle is. */
  readonly openCycle: string | null;
  readonly chart: ChartModel<AggregatePoint>;
}

export function selectOverview({ framework, facts }: OverviewInput, lang: Lang): OverviewModel {
  const i18n = createI18n(lang);
  const { t, fmt, name } = i18n;
  const cycle = latestClosedCycle(framework);
  const baselineCycle = framework.resolution.baselineCycle;
  const series = facts.index.world;
  const world = summariseSeries(series, { cycle, baselineCycle, bands: framework.ratingBands });
  const { n, of } = series.find((point) => point.cycle === cycle)?.aggregate ?? { n: 0, of: 0 };
  const coverage = { n, of };
  const { reporting } = facts;
  const open = framework.cycles.open;
  const first = series[0]?.cycle ?? baselineCycle;
  const last = series.at(-1)?.cycle ?? cycle;
  const title = t('overview.chart.title', { first, last });
  const { change, rating } = world;
  const noFigure = { value: null, rating: null, insufficient: '' };
  // The world alone, as the page's main line: the first series colour, solid.
  const drawn = {
    config: { world: { label: t('overview.chart.series'), color: '--series-1' } },
    rows: series.map((point) => ({ cycle: point.cycle, world: point.value })),
    facts: { bands: framework.ratingBands, coverage: { world: series.map((point) => point.aggregate) } },
  } as const;
  return {
    hasData: facts.hasData,
    reporting: {
      ...noFigure,
      label: t('overview.reporting.label', { cycle }),
      value: t('overview.reporting.value', { n: fmt.integer(reporting.n), of: fmt.integer(reporting.of) }),
      note: t('overview.reporting.note', { share: fmt.percent(reporting.coverage) }),
    },
    index: {
      label: t('overview.index.label', { cycle }),
      value: world.value === null ? null : fmt.score(world.value),
      rating: rating ? name(rating.name) : null,
      insufficient: t('coverage.insufficient', coverage),
      note: [
        change
          ? t('overview.index.change', { change: fmt.change(change.change), baseline: change.baseline.cycle })
          : t('overview.index.noChange', { baseline: baselineCycle }),
        t(`trend.${world.trend.direction}`),
        t('coverage', coverage),
      ].join(' · '),
    },
    openCycle:
      open === null
        ? null
        : t('overview.openCycle', {
            cycle: open,
            share: fmt.percent(facts.openCompleteness ?? 0),
          }),
    chart: {
      title,
      subtitle: t('overview.chart.subtitle'),
      summary: withChangeSummary(
        change && rating
          ? t('overview.chart.summary', {
              from: fmt.score(change.baseline.value),
              first: change.baseline.cycle,
              to: fmt.score(change.latest.value),
              last: change.latest.cycle,
              change: fmt.change(change.change),
              rating: name(rating.name).toLowerCase(),
            })
          : t('overview.chart.summaryShort'),
        drawn,
        { i18n },
      ),
      footnote: t('footer.illustrative'),
      ...drawn,
      file: { measure: 'security-index', group: 'world', cycles: [first, last] },
      measure: 'INDEX',
      table: {
        caption: title,
        rows: series,
        rowKey: (point) => String(point.cycle),
        columns: [
          { key: 'cycle', header: t('table.cycle'), cell: (point) => point.cycle },
          {
            key: 'value',
            header: t('table.value'),
            numeric: true,
            cell: (point) => (point.value === null ? t('trend.insufficient') : fmt.score(point.value)),
            value: (point) => point.value,
          },
          {
            key: 'coverage',
            header: t('table.coverage'),
            cell: (point) => t('coverage', { n: point.aggregate.n, of: point.aggregate.of }),
          },
        ],
      },
    },
  };
}
