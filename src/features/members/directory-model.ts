// The directory's rows, shaped from the dataset by the domain engine (a pure `select` function): each Member's
// Index in its latest closed cycle with one, its rating, trend, change since the resolution and completeness.
import { completeness } from '@/domain/aggregates';
import { latestClosedCycle, scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { memberReferenceCycle } from '@/domain/ranking';
import { rating } from '@/domain/ratings';
import { INDEX_MEASURE, memberSeries, scoresOf } from '@/domain/score-table';
import { sinceResolution, trend, type Change, type Trend } from '@/domain/trends';
import type { Dataset, Member, RatingBand, Region } from '@/domain/types';

export interface DirectoryRow {
  readonly member: Member;
  readonly region: Region | null;
  /** The cycle of the Index shown: the Member's latest closed cycle with an Index (null: never had one). */
  readonly cycle: number | null;
  readonly index: number | null;
  readonly rating: RatingBand | null;
  readonly trend: Trend;
  readonly change: Change | null;
  /** Share of the scored indicators reported in the latest closed cycle; null before the Member joined. */
  readonly completeness: number | null;
}

export interface DirectoryModel {
  readonly rows: readonly DirectoryRow[];
  readonly regions: readonly Region[];
  readonly ratingBands: readonly RatingBand[];
  /** The latest closed cycle: the one completeness is measured in. */
  readonly closedCycle: number;
  readonly baselineCycle: number;
}

export function selectDirectory(dataset: Dataset): DirectoryModel {
  const { framework } = dataset;
  const table = scoresOf(dataset);
  const closedCycle = latestClosedCycle(framework);
  const scored = scoredIndicators(framework);
  const regions = new Map(framework.regions.map((region) => [region.code, region]));
  const rows = dataset.members.map((member): DirectoryRow => {
    const cycle = memberReferenceCycle(table, member.code);
    const series = memberSeries(table, member.code, INDEX_MEASURE).filter(
      (point) => cycle !== null && point.cycle <= cycle,
    );
    const index = series.find((point) => point.cycle === cycle)?.value ?? null;
    return {
      member,
      region: regions.get(member.region) ?? null,
      cycle,
      index,
      rating: index === null ? null : rating(index, framework.ratingBands),
      trend: trend(series),
      change: sinceResolution(series, framework.resolution.baselineCycle),
      completeness:
        member.joined > closedCycle
          ? null
          : completeness(scored, [reportOf(dataset.observations, member.code, closedCycle)]).share,
    };
  });
  return {
    rows,
    regions: framework.regions,
    ratingBands: framework.ratingBands,
    closedCycle,
    baselineCycle: framework.resolution.baselineCycle,
  };
}
