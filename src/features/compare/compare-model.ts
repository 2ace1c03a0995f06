// Compare 2 to 6 Members in one cycle, shaped by the domain engine (a pure `select` function): the Index and
// each area with rating and trend, change since the resolution and completeness, beside region and world.
import type { ChartRow } from '@/lib/chart/chart-config';
import { completeness, type Aggregate } from '@/domain/aggregates';
import { latestClosedCycle, scoredAreas, scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { rating } from '@/domain/ratings';
import { groupSeries } from '@/domain/measures';
import {
  groupAggregate,
  groupCompleteness,
  INDEX_MEASURE,
  memberScore,
  memberSeries,
  scoresOf,
  WORLD,
} from '@/domain/score-table';
import { sinceResolution, trend, type Change, type Trend } from '@/domain/trends';
import { type Area, type Dataset, type Member, type RatingBand, type Region, type ScoreMeasure } from '@/domain/types';

export const MAX_MEMBERS = 6;

export interface Cell {
  readonly value: number | null;
  readonly rating: RatingBand | null;
  readonly trend: Trend;
  /** The Member's region's average for the same measure and cycle. */
  readonly region: Aggregate;
}

export interface CompareColumn {
  readonly member: Member;
  readonly region: Region | null;
  /** Cell per row key: 'INDEX' or an area code. */
  readonly cells: ReadonlyMap<string, Cell>;
  readonly change: Change | null;
  /** Share of scored indicators reported in the cycle; null when not yet a Member. */
  readonly completeness: number | null;
}

export interface MeasureRow {
  readonly key: string;
  readonly measure: ScoreMeasure;
  /** Null for the Index, whose label is the view's own. */
  readonly area: Area | null;
  readonly world: Aggregate;
}

export interface CompareModel {
  readonly cycle: number;
  readonly cycles: readonly number[];
  readonly openCycle: number | null;
  readonly baselineCycle: number;
  readonly columns: readonly CompareColumn[];
  /** Codes in the link that the data has no Member for. */
  readonly unknown: readonly string[];
  readonly rows: readonly MeasureRow[];
  readonly worldCompleteness: number | null;
  /** The Index over every cycle: one key per Member code, and `world`. */
  readonly history: readonly ChartRow[];
  readonly members: readonly Member[];
}

export const INDEX_KEY = 'INDEX';

/** The cycle asked for if the data has it, else the latest closed cycle. */
export function compareCycle(dataset: Dataset, asked: number | null): number {
  const { first, latest } = dataset.framework.cycles;
  return asked !== null && asked >= first && asked <= latest ? asked : latestClosedCycle(dataset.framework);
}

export function compareModel(dataset: Dataset, codes: readonly string[], askedCycle: number | null): CompareModel {
  const { framework } = dataset;
  const table = scoresOf(dataset);
  const cycle = compareCycle(dataset, askedCycle);
  const byCode = new Map(dataset.members.map((member) => [member.code, member]));
  const chosen = codes.flatMap((code) => byCode.get(code) ?? []).slice(0, MAX_MEMBERS);
  const rows: MeasureRow[] = [
    { key: INDEX_KEY, measure: INDEX_MEASURE, area: null, world: groupAggregate(table, WORLD, cycle, INDEX_MEASURE) },
    ...scoredAreas(framework).map((code): MeasureRow => {
      const measure: ScoreMeasure = { kind: 'area', area: code };
      return {
        key: code,
        measure,
        area: framework.areas.find((area) => area.code === code) ?? null,
        world: groupAggregate(table, WORLD, cycle, measure),
      };
    }),
  ];
  const scored = scoredIndicators(framework);
  const columns = chosen.map((member): CompareColumn => {
    const cells = new Map<string, Cell>();
    for (const row of rows) {
      const value = memberScore(table, member.code, cycle, row.measure);
      const upToCycle = memberSeries(table, member.code, row.measure).filter((point) => point.cycle <= cycle);
      cells.set(row.key, {
        value,
        rating: value === null ? null : rating(value, framework.ratingBands),
        trend: trend(upToCycle),
        region: groupAggregate(table, member.region, cycle, row.measure),
      });
    }
    const indexUpTo = memberSeries(table, member.code, INDEX_MEASURE).filter((point) => point.cycle <= cycle);
    return {
      member,
      region: framework.regions.find((region) => region.code === member.region) ?? null,
      cells,
      change: sinceResolution(indexUpTo, framework.resolution.baselineCycle),
      completeness:
        member.joined > cycle ? null : completeness(scored, [reportOf(dataset.observations, member.code, cycle)]).share,
    };
  });
  const world = groupSeries(table.dataset, WORLD, INDEX_MEASURE);
  const series = chosen.map((member) => memberSeries(table, member.code, INDEX_MEASURE));
  const history = table.cycles.map((historyCycle, i): ChartRow => {
    const row: Record<string, number | null> = { world: world[i]?.value ?? null };
    chosen.forEach((member, m) => {
      row[member.code] = series[m]?.[i]?.value ?? null;
    });
    return { ...row, cycle: historyCycle };
  });
  return {
    cycle,
    cycles: table.cycles,
    openCycle: framework.cycles.open,
    baselineCycle: framework.resolution.baselineCycle,
    columns,
    unknown: codes.filter((code) => !byCode.has(code)),
    rows,
    worldCompleteness: groupCompleteness(table, WORLD, cycle).share,
    history,
    members: dataset.members,
  };
}
