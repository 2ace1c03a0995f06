// A Member's position among its region's Members, and the cycle a scorecard reads (scorecards, Compare).
import { latestClosedCycle } from './framework';
import type { ScoreMeasure } from './types';
import { groupMembers, INDEX_MEASURE, memberLatestCycle, memberScore, type ScoreTable } from './score-table';

/**
 * Scores closer than this are the same score. Means of the same stages taken in another order can differ in
 * the last bits of a double; no two different reports are this close.
 */
const TIE_TOLERANCE = 1e-9;

export interface Rank {
  /**
   * 1 + the number of strictly higher scores ("standard competition" ranking: 1, 2, 2, 4), so tied Members
   * share the better rank and the next rank is skipped.
   */
  readonly rank: number;
  /** How many scores were ranked: the n of "rank of n". */
  readonly of: number;
  /** How many other scores equal this one (0 when not tied). */
  readonly tiedWith: number;
}

/** Where `value` stands among `values` (which include it), highest first. */
export function competitionRank(value: number, values: readonly number[]): Rank {
  let higher = 0;
  let equal = 0;
  for (const other of values) {
    if (Math.abs(other - value) <= TIE_TOLERANCE) equal++;
    else if (other > value) higher++;
  }
  return { rank: higher + 1, of: values.length, tiedWith: Math.max(0, equal - 1) };
}

export interface RegionRank extends Rank {
  readonly region: string;
  readonly cycle: number;
  /** The region's Members in that cycle, with a score or not; `of` counts only those with a score. */
  readonly regionSize: number;
}

/**
 * A Member's rank within its region by a score (the Security Index unless told) in one cycle, among the
 * region's Members with a score in that cycle. Null when the Member is unknown or has no score then.
 */
export function regionRank(
  table: ScoreTable,
  memberCode: string,
  cycle: number,
  measure: ScoreMeasure = INDEX_MEASURE,
): RegionRank | null {
  const member = table.dataset.members.find((candidate) => candidate.code === memberCode);
  if (!member) return null;
  const own = memberScore(table, member.code, cycle, measure);
  if (own === null) return null;
  const region = groupMembers(table, member.region, cycle);
  const scores: number[] = [];
  for (const other of region) {
    const score = memberScore(table, other.code, cycle, measure);
    if (score !== null) scores.push(score);
  }
  return { ...competitionRank(own, scores), region: member.region, cycle, regionSize: region.length };
}

/**
 * The cycle a Member's scorecard reads: its most recent *closed* cycle with a Security Index, so that its
 * figures stand beside region and world averages of a fully reported cycle (the Overview reads the same
 * cycle). Only a Member with an Index in the open cycle alone is read in the open cycle. Null when the Member
 * never had an Index.
 */
export function memberReferenceCycle(table: ScoreTable, memberCode: string): number | null {
  const byCycle = table.members.get(memberCode);
  if (!byCycle) return null;
  const closed = latestClosedCycle(table.dataset.framework);
  let found: number | null = null;
  for (const [cycle, scores] of byCycle) {
    if (scores.index !== null && cycle <= closed && (found === null || cycle > found)) found = cycle;
  }
  return found ?? memberLatestCycle(table, memberCode);
}
