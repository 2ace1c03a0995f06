// One score of the Member — the Index or an area — up to the scorecard's cycle, beside its region and world, as
// the scorecard draws it: summariseSeries' value, rating, trend and change, each average with how far the Member
// is from it, and the three histories for the charts.
import type { Aggregate } from '@/domain/aggregates';
import { groupSeries } from '@/domain/measures';
import { groupAggregate, memberSeries, WORLD, type ScoreTable } from '@/domain/score-table';
import { summariseSeries, type SeriesSummary } from '@/domain/summary';
import type { TrendDirection } from '@/domain/trends';
import type { Member, RatingCode, ScoreMeasure } from '@/domain/types';
import type { ChartRow } from '@/lib/chart/chart-config';
import type { ChartFacts } from '@/lib/chart/chart-navigation';
import { averageText, type Words } from './scorecard-words';

/** One cycle of a score's history: the Member's, its region's and the world's (a chart row). */
export type HistoryRow = ChartRow & {
  readonly member: number | null;
  readonly region: number | null;
  readonly world: number | null;
};

export interface AverageGap {
  readonly side: 'above' | 'below' | 'level';
  /** How far, in points, as the figures read (one decimal). */
  readonly points: number;
}

/**
 * How far a score is from an average, on the one-decimal figures a reader sees beside each other: 62.04 against
 * 61.96 both read "62.0", so the Member is level with it, not "0.1 points above".
 */
export function averageGap(value: number, average: number): AverageGap {
  const tenths = Math.round(value * 10) - Math.round(average * 10);
  return { side: tenths > 0 ? 'above' : tenths < 0 ? 'below' : 'level', points: Math.abs(tenths) / 10 };
}

export interface AverageFigure {
  readonly aggregate: Aggregate;
  /** The average, or "insufficient data (n of N)". */
  readonly value: string;
  /** "n of N Members". */
  readonly coverage: string;
  /** "Kenya: 3.2 points above", when the Member and the average both have a value. */
  readonly gap: string | null;
}

export interface ScoreFigures {
  readonly summary: SeriesSummary;
  /** The score on screen, or null when there is none in the cycle. */
  readonly value: string | null;
  readonly rating: { readonly code: RatingCode; readonly name: string } | null;
  readonly trend: { readonly direction: TrendDirection; readonly label: string };
  /** "+4.2 points since 2015", or null without a comparison. */
  readonly change: string | null;
  readonly region: AverageFigure;
  readonly world: AverageFigure;
  /** Every cycle, open one included; region and world are null where their coverage is under 50%. */
  readonly history: readonly HistoryRow[];
  /** The region's and the world's coverage in each cycle of `history`. */
  readonly coverage: ChartFacts['coverage'];
}

export function scoreFigures(
  table: ScoreTable,
  member: Member,
  cycle: number,
  measure: ScoreMeasure,
  words: Words,
): ScoreFigures {
  const { t, i18n } = words;
  const { framework } = table.dataset;
  const series = memberSeries(table, member.code, measure);
  const summary = summariseSeries(series, {
    cycle,
    baselineCycle: framework.resolution.baselineCycle,
    bands: framework.ratingBands,
  });
  const regionSeries = groupSeries(table.dataset, member.region, measure);
  const worldSeries = groupSeries(table.dataset, WORLD, measure);
  const average = (aggregate: Aggregate): AverageFigure => ({
    aggregate,
    value: averageText(words, aggregate),
    coverage: i18n.t('coverage', { n: aggregate.n, of: aggregate.of }),
    gap:
      summary.value === null || aggregate.value === null
        ? null
        : gapText(words, i18n.name(member.name), averageGap(summary.value, aggregate.value)),
  });
  const { change, rating, trend } = summary;
  return {
    summary,
    value: summary.value === null ? null : i18n.fmt.score(summary.value),
    rating: rating ? { code: rating.code, name: i18n.name(rating.name) } : null,
    trend: { direction: trend.direction, label: i18n.t(`trend.${trend.direction}`) },
    change: change
      ? t('index.change', { change: i18n.fmt.change(change.change), baseline: change.baseline.cycle })
      : null,
    region: average(groupAggregate(table, member.region, cycle, measure)),
    world: average(groupAggregate(table, WORLD, cycle, measure)),
    history: series.map((point, i) => ({
      cycle: point.cycle,
      member: point.value,
      region: regionSeries[i]?.value ?? null,
      world: worldSeries[i]?.value ?? null,
    })),
    coverage: {
      region: series.map((_, i) => regionSeries[i]?.aggregate ?? null),
      world: series.map((_, i) => worldSeries[i]?.aggregate ?? null),
    },
  };
}

function gapText({ t, i18n }: Words, member: string, gap: AverageGap): string {
  if (gap.side === 'level') return t('average.level', { member });
  return t(gap.side === 'above' ? 'average.above' : 'average.below', { member, gap: i18n.fmt.score(gap.points) });
}
