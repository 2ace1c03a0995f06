// Every score of a dataset, computed once: per Member and cycle, and per group (region or world).
// Views read from this table so that no number is computed twice in two ways.
import type { Dataset, Member, ScoreMeasure } from './types';
import { aggregate, completeness, membersInCycle, type Aggregate, type Completeness } from './aggregates';
import { cycleRange, scoredIndicators } from './framework';
import { reportOf } from './observations';
import { scoreReport, type MemberCycleScores } from './scores';
import { runSteps, type Steps } from './steps';
import type { SeriesPoint } from './trends';

/** The Security Index as a measure (its code in URLs and files is INDEX_CODE, measures.ts). */
export const INDEX_MEASURE: ScoreMeasure = { kind: 'index' };

/** The whole membership, as a group code beside the region codes. */
export const WORLD = 'WORLD';

export interface ScoreTable {
  readonly dataset: Dataset;
  readonly cycles: readonly number[];
  /** Member code → cycle → scores, for the cycles the Member existed in. */
  readonly members: ReadonlyMap<string, ReadonlyMap<number, MemberCycleScores>>;
}

/** Members scored between two pauses of scoreSteps: a few milliseconds on a phone. */
const SLICE = 10;

export function scoreDataset(dataset: Dataset): ScoreTable {
  return runSteps(scoreSteps(dataset));
}

/** scoreDataset as steps that pause every few Members (api/in-slices.ts runs them in the page). */
export function* scoreSteps(dataset: Dataset): Steps<ScoreTable> {
  const cycles = cycleRange(dataset.framework);
  const members = new Map<string, Map<number, MemberCycleScores>>();
  for (const [i, member] of dataset.members.entries()) {
    if (i > 0 && i % SLICE === 0) yield;
    const byCycle = new Map<number, MemberCycleScores>();
    for (const cycle of cycles) {
      if (member.joined > cycle) continue;
      byCycle.set(cycle, scoreReport(dataset.framework, reportOf(dataset.observations, member.code, cycle)));
    }
    members.set(member.code, byCycle);
  }
  return { dataset, cycles, members };
}

/** A Member's score for a measure in a cycle, or null when not scored. */
export function memberScore(table: ScoreTable, member: string, cycle: number, measure: ScoreMeasure): number | null {
  const scores = table.members.get(member)?.get(cycle);
  if (!scores) return null;
  return measure.kind === 'index' ? scores.index : (scores.areas.get(measure.area) ?? null);
}

/** A Member's score series over every cycle of the table. */
export function memberSeries(table: ScoreTable, member: string, measure: ScoreMeasure): SeriesPoint[] {
  return table.cycles.map((cycle) => ({ cycle, value: memberScore(table, member, cycle, measure) }));
}

/** Members of a group (a region code, or WORLD) that exist in a cycle. */
export function groupMembers(table: ScoreTable, group: string, cycle: number): Member[] {
  const all = group === WORLD ? table.dataset.members : table.dataset.members.filter((m) => m.region === group);
  return membersInCycle(all, cycle);
}

const aggregates = new WeakMap<ScoreTable, Map<string, Aggregate>>();

/** Mean score of a group in a cycle, with coverage and the 50% rule; computed once per table. */
export function groupAggregate(table: ScoreTable, group: string, cycle: number, measure: ScoreMeasure): Aggregate {
  let made = aggregates.get(table);
  if (!made) {
    made = new Map();
    aggregates.set(table, made);
  }
  const key = `${group} ${String(cycle)} ${measure.kind === 'index' ? '' : measure.area}`;
  let result = made.get(key);
  if (!result) {
    const members = groupMembers(table, group, cycle);
    result = aggregate(
      members.map((member) => memberScore(table, member.code, cycle, measure)),
      members.length,
    );
    made.set(key, result);
  }
  return result;
}

/** A point of a group's series: the value (null below 50% coverage) and the aggregate it comes from. */
export interface AggregatePoint extends SeriesPoint {
  readonly aggregate: Aggregate;
}

/** Reporting completeness of a group (or one Member, given as a one-Member list) in a cycle. */
export function groupCompleteness(table: ScoreTable, group: string, cycle: number): Completeness {
  const { dataset } = table;
  return completeness(
    scoredIndicators(dataset.framework),
    groupMembers(table, group, cycle).map((member) => reportOf(dataset.observations, member.code, cycle)),
  );
}

/** Members with a non-null Security Index in a cycle, of the group's Members that cycle. */
export function reportingCount(
  table: ScoreTable,
  group: string,
  cycle: number,
): { n: number; of: number; coverage: number } {
  const { n, of, coverage } = groupAggregate(table, group, cycle, INDEX_MEASURE);
  return { n, of, coverage };
}

/** The most recent cycle in which a Member has a Security Index. */
export function memberLatestCycle(table: ScoreTable, member: string): number | null {
  const byCycle = table.members.get(member);
  if (!byCycle) return null;
  let latest: number | null = null;
  for (const [cycle, scores] of byCycle)
    if (scores.index !== null && (latest === null || cycle > latest)) latest = cycle;
  return latest;
}

const tables = new WeakMap<Dataset, ScoreTable>();

/** The score table of a dataset, computed once per dataset object however many views ask. */
export function scoresOf(dataset: Dataset): ScoreTable {
  let table = tables.get(dataset);
  if (!table) {
    table = scoreDataset(dataset);
    tables.set(dataset, table);
  }
  return table;
}

/**
 * Makes `table` the one scoresOf gives for its dataset: for a table not scored from observations but read from the
 * engine's own figures (domain/index-table.ts).
 */
export function keepScores(table: ScoreTable): void {
  tables.set(table.dataset, table);
}

/**
 * Scores `dataset` by steps and keeps the table for scoresOf: the data layer runs this a slice at a time before
 * any view asks, so that no view's first render holds the page for the whole scoring.
 */
export function* scoresOfSteps(dataset: Dataset): Steps<ScoreTable> {
  let table = tables.get(dataset);
  if (!table) {
    table = yield* scoreSteps(dataset);
    tables.set(dataset, table);
    // Every view shows group means (the world's, a region's): made here too, a group's measure at a time (the
    // world's seven measures over every cycle at once were one long task on a phone).
    const measures: ScoreMeasure[] = [
      INDEX_MEASURE,
      ...dataset.framework.areas.map((area): ScoreMeasure => ({ kind: 'area', area: area.code })),
    ];
    for (const group of [WORLD, ...dataset.framework.regions.map((region) => region.code)]) {
      for (const measure of measures) {
        yield;
        for (const cycle of table.cycles) groupAggregate(table, group, cycle, measure);
      }
    }
  }
  return table;
}
