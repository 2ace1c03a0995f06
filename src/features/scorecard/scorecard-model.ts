// A Member's scorecard, shaped from the dataset by the domain engine (a pure `select` function): the Index and
// each area against region and world, the rank in the region, every indicator's latest value and history, and
// the reporting gaps of the latest closed and the open cycle.
import type { ChartRow } from '@/lib/chart/chart-config';
import { completeness, type Aggregate, type Completeness } from '@/domain/aggregates';
import { cycleRange, latestClosedCycle, scoredAreas, scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { memberReferenceCycle, regionRank, type RegionRank } from '@/domain/ranking';
import { rating } from '@/domain/ratings';
import { groupSeries } from '@/domain/measures';
import { groupAggregate, INDEX_MEASURE, memberSeries, scoresOf, WORLD, type ScoreTable } from '@/domain/score-table';
import { indicatorStage } from '@/domain/stages';
import { sinceResolution, trend, type Change, type Trend } from '@/domain/trends';
import {
  type Area,
  type DataSource,
  type Dataset,
  type Framework,
  type Indicator,
  type Member,
  type Observation,
  type RatingBand,
  type Region,
  type Stage,
  type ScoreMeasure,
} from '@/domain/types';
import { closestMatches } from '@/lib/search';

/** One cycle of a score's history: the Member's, its region's and the world's (a chart row). */
export type HistoryRow = ChartRow & {
  readonly member: number | null;
  readonly region: number | null;
  readonly world: number | null;
};

/** One score (the Index or an area) of the Member in the scorecard's cycle, beside region and world. */
export interface MeasureSummary {
  readonly value: number | null;
  readonly rating: RatingBand | null;
  /** Over the cycles up to the scorecard's cycle, as the Overview reads the world's. */
  readonly trend: Trend;
  readonly change: Change | null;
  readonly region: Aggregate;
  readonly world: Aggregate;
  /** Every cycle, open one included; region and world are null where their coverage is under 50%. */
  readonly history: readonly HistoryRow[];
}

export interface AreaCard {
  readonly area: Area;
  /** Null for an area without a scored indicator (context only). */
  readonly summary: MeasureSummary | null;
  readonly indicators: readonly IndicatorRow[];
}

export interface IndicatorRow {
  readonly indicator: Indicator;
  /** The most recent report of the indicator, in any cycle (the open one included). */
  readonly latest: Observation | null;
  /** Stage of the latest value; null for context indicators and when never reported. */
  readonly stage: Stage | null;
  /** The reported observation per cycle the Member existed in, oldest first. */
  readonly history: readonly { readonly cycle: number; readonly observation: Observation | null }[];
}

export interface CycleGaps {
  readonly cycle: number;
  readonly open: boolean;
  readonly completeness: Completeness;
  readonly index: number | null;
  readonly missingScored: readonly Indicator[];
  readonly missingContext: readonly Indicator[];
  /** The Member reported no indicator at all in the cycle. */
  readonly nothingReported: boolean;
}

export interface ScorecardModel {
  readonly member: Member;
  readonly region: Region | null;
  /** The cycle the figures describe: the Member's latest closed cycle with an Index (see domain/ranking). */
  readonly cycle: number;
  /** Whether the Member has an Index in that cycle (false when it never had one). */
  readonly hasIndex: boolean;
  readonly baselineCycle: number;
  readonly openCycle: number | null;
  readonly cycles: readonly number[];
  readonly index: MeasureSummary;
  readonly rank: RegionRank | null;
  readonly areas: readonly AreaCard[];
  readonly gaps: readonly CycleGaps[];
  readonly source: DataSource;
  readonly framework: Framework;
}

export type ScorecardResult =
  | { readonly kind: 'found'; readonly model: ScorecardModel }
  /** The link's code in another case (`ken`): the page moves to the canonical address. */
  | { readonly kind: 'moved'; readonly code: string }
  | { readonly kind: 'not-found'; readonly code: string; readonly suggestions: readonly Member[] };

export const memberKeys = (member: Member) => ({ code: member.code, names: [member.name.en, member.name.fr] });

export function scorecard(dataset: Dataset, code: string): ScorecardResult {
  const member = dataset.members.find((candidate) => candidate.code === code);
  if (member) return { kind: 'found', model: scorecardModel(dataset, member) };
  const canonical = code.trim().toUpperCase();
  if (dataset.members.some((candidate) => candidate.code === canonical)) return { kind: 'moved', code: canonical };
  return { kind: 'not-found', code, suggestions: closestMatches(dataset.members, memberKeys, code, 6) };
}

function scorecardModel(dataset: Dataset, member: Member): ScorecardModel {
  const { framework } = dataset;
  const table = scoresOf(dataset);
  const reference = memberReferenceCycle(table, member.code);
  const cycle = reference ?? Math.max(latestClosedCycle(framework), member.joined);
  const summarise = (measure: ScoreMeasure) => measureSummary(table, member, cycle, measure);
  return {
    member,
    region: framework.regions.find((region) => region.code === member.region) ?? null,
    cycle,
    hasIndex: reference !== null,
    baselineCycle: framework.resolution.baselineCycle,
    openCycle: framework.cycles.open,
    cycles: table.cycles,
    index: summarise(INDEX_MEASURE),
    rank: regionRank(table, member.code, cycle),
    areas: framework.areas.map((area) => ({
      area,
      summary: scoredAreas(framework).includes(area.code) ? summarise({ kind: 'area', area: area.code }) : null,
      indicators: framework.indicators
        .filter((indicator) => indicator.area === area.code)
        .map((indicator) => indicatorRow(dataset, member, indicator)),
    })),
    gaps: gapCycles(framework, member).map((gapCycle) => cycleGaps(dataset, table, member, gapCycle)),
    source: dataset.source,
    framework,
  };
}

function measureSummary(table: ScoreTable, member: Member, cycle: number, measure: ScoreMeasure): MeasureSummary {
  const { framework } = table.dataset;
  const series = memberSeries(table, member.code, measure);
  const upToCycle = series.filter((point) => point.cycle <= cycle);
  const value = series.find((point) => point.cycle === cycle)?.value ?? null;
  const regionSeries = groupSeries(table.dataset, member.region, measure);
  const worldSeries = groupSeries(table.dataset, WORLD, measure);
  return {
    value,
    rating: value === null ? null : rating(value, framework.ratingBands),
    trend: trend(upToCycle),
    change: sinceResolution(upToCycle, framework.resolution.baselineCycle),
    region: groupAggregate(table, member.region, cycle, measure),
    world: groupAggregate(table, WORLD, cycle, measure),
    history: series.map((point, i) => ({
      cycle: point.cycle,
      member: point.value,
      region: regionSeries[i]?.value ?? null,
      world: worldSeries[i]?.value ?? null,
    })),
  };
}

function indicatorRow(dataset: Dataset, member: Member, indicator: Indicator): IndicatorRow {
  const history = cycleRange(dataset.framework)
    .filter((cycle) => cycle >= member.joined)
    .map((cycle) => ({
      cycle,
      observation: reportOf(dataset.observations, member.code, cycle).get(indicator.code) ?? null,
    }));
  let latest: Observation | null = null;
  for (const point of history) if (point.observation) latest = point.observation;
  return {
    indicator,
    latest,
    stage: latest ? indicatorStage(indicator.type, latest.value) : null,
    history,
  };
}

/** The latest closed cycle and the open one, those the Member existed in. */
function gapCycles(framework: Framework, member: Member): number[] {
  const closed = latestClosedCycle(framework);
  const open = framework.cycles.open;
  const cycles = [closed];
  if (open !== null && open > closed && open <= framework.cycles.latest) cycles.push(open);
  return cycles.filter((cycle) => cycle >= member.joined);
}

function cycleGaps(dataset: Dataset, table: ScoreTable, member: Member, cycle: number): CycleGaps {
  const report = reportOf(dataset.observations, member.code, cycle);
  const missing = dataset.framework.indicators.filter((indicator) => !report.has(indicator.code));
  const scored = new Set(scoredIndicators(dataset.framework));
  return {
    cycle,
    open: cycle === dataset.framework.cycles.open,
    completeness: completeness(scoredIndicators(dataset.framework), [report]),
    index: table.members.get(member.code)?.get(cycle)?.index ?? null,
    missingScored: missing.filter((indicator) => scored.has(indicator)),
    missingContext: missing.filter((indicator) => !scored.has(indicator)),
    nothingReported: report.size === 0,
  };
}
