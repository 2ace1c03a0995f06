// The Overview's figures, shaped from the dataset by the domain engine (a pure `select` function).
import { latestClosedCycle } from '@/domain/framework';
import { rating } from '@/domain/ratings';
import {
  groupCompleteness,
  groupSeries,
  INDEX,
  reportingCount,
  scoresOf,
  WORLD,
  type AggregatePoint,
} from '@/domain/score-table';
import { sinceResolution, trend, type Change, type Trend } from '@/domain/trends';
import type { Dataset, RatingBand } from '@/domain/types';

export interface OverviewModel {
  /** The most recent closed cycle: the one the headline figures describe. */
  readonly cycle: number;
  readonly baselineCycle: number;
  readonly reporting: { readonly n: number; readonly of: number; readonly coverage: number };
  readonly worldIndex: AggregatePoint | null;
  readonly worldRating: RatingBand | null;
  readonly change: Change | null;
  readonly trend: Trend;
  /** The world Index over every cycle; `value` is null where coverage is under 50%. */
  readonly series: readonly AggregatePoint[];
  readonly openCycle: { readonly cycle: number; readonly completeness: number | null } | null;
  readonly hasData: boolean;
}

export function selectOverview(dataset: Dataset): OverviewModel {
  const table = scoresOf(dataset);
  const { framework } = dataset;
  const cycle = latestClosedCycle(framework);
  const series = groupSeries(table, WORLD, INDEX);
  const worldIndex = series.find((point) => point.cycle === cycle) ?? null;
  const open = framework.cycles.open;
  return {
    cycle,
    baselineCycle: framework.resolution.baselineCycle,
    reporting: reportingCount(table, WORLD, cycle),
    worldIndex,
    worldRating: worldIndex?.value == null ? null : rating(worldIndex.value, framework.ratingBands),
    change: sinceResolution(
      series.filter((point) => point.cycle <= cycle),
      framework.resolution.baselineCycle,
    ),
    trend: trend(series.filter((point) => point.cycle <= cycle)),
    series,
    openCycle: open === null ? null : { cycle: open, completeness: groupCompleteness(table, WORLD, open).share },
    hasData: dataset.observations.size > 0,
  };
}
