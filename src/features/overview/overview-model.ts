// The Overview's figures, shaped from the dataset by the domain engine (a pure `select` function).
import type { Adoption } from '@/domain/aggregates';
import { latestClosedCycle, scoredAreas } from '@/domain/framework';
import { adoptionSeries, groupSeries } from '@/domain/measures';
import { rating } from '@/domain/ratings';
import {
  groupCompleteness,
  INDEX_MEASURE,
  reportingCount,
  scoresOf,
  WORLD,
  type AggregatePoint,
} from '@/domain/score-table';
import { sinceResolution, trend, type Change, type Trend } from '@/domain/trends';
import type { Area, Dataset, Indicator, RatingBand, Region } from '@/domain/types';

/** The measures the resolution names, headlined as adoption rates (when the framework has them). */
export const KEY_MEASURES = ['PAX.API', 'PAX.PNR', 'PGS.MEMBER', 'COP.AGREEMENT'] as const;

export interface KeyMeasure {
  readonly indicator: Indicator;
  readonly now: Adoption;
  readonly baseline: Adoption;
}

export interface RegionSeries {
  readonly region: Region;
  readonly series: readonly AggregatePoint[];
}

export interface AreaBreakdown {
  readonly area: Area;
  readonly now: AggregatePoint | null;
  readonly rating: RatingBand | null;
  readonly change: Change | null;
  readonly trend: Trend;
}

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
  readonly regions: readonly RegionSeries[];
  readonly keyMeasures: readonly KeyMeasure[];
  readonly areas: readonly AreaBreakdown[];
  readonly openCycle: { readonly cycle: number; readonly completeness: number | null } | null;
  readonly hasData: boolean;
}

export function selectOverview(dataset: Dataset): OverviewModel {
  const table = scoresOf(dataset);
  const { framework } = dataset;
  const cycle = latestClosedCycle(framework);
  const baselineCycle = framework.resolution.baselineCycle;
  const series = groupSeries(table.dataset, WORLD, INDEX_MEASURE);
  const closed = (points: readonly AggregatePoint[]) => points.filter((point) => point.cycle <= cycle);
  const worldIndex = series.find((point) => point.cycle === cycle) ?? null;
  const open = framework.cycles.open;
  return {
    cycle,
    baselineCycle,
    reporting: reportingCount(table, WORLD, cycle),
    worldIndex,
    worldRating: worldIndex?.value == null ? null : rating(worldIndex.value, framework.ratingBands),
    change: sinceResolution(closed(series), baselineCycle),
    trend: trend(closed(series)),
    series,
    regions: framework.regions.map((region) => ({
      region,
      series: groupSeries(table.dataset, region.code, INDEX_MEASURE),
    })),
    keyMeasures: KEY_MEASURES.flatMap((code) => {
      const indicator = framework.indicators.find((candidate) => candidate.code === code);
      if (!indicator) return [];
      const adoption = adoptionSeries(dataset, WORLD, indicator);
      const at = (year: number) => adoption.find((point) => point.cycle === year)?.adoption;
      const now = at(cycle);
      const baseline = at(baselineCycle);
      return now && baseline ? [{ indicator, now, baseline }] : [];
    }),
    areas: scoredAreas(framework).flatMap((code) => {
      const area = framework.areas.find((candidate) => candidate.code === code);
      if (!area) return [];
      const areaSeries = closed(groupSeries(table.dataset, WORLD, { kind: 'area', area: code }));
      const now = areaSeries.find((point) => point.cycle === cycle) ?? null;
      return [
        {
          area,
          now,
          rating: now?.value == null ? null : rating(now.value, framework.ratingBands),
          change: sinceResolution(areaSeries, baselineCycle),
          trend: trend(areaSeries),
        },
      ];
    }),
    openCycle: open === null ? null : { cycle: open, completeness: groupCompleteness(table, WORLD, open).share },
    hasData: dataset.observations.size > 0,
  };
}
