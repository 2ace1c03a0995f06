// Rating transitions between two cycles: how many Members moved from each rating to each other, and who
// moved up or down. Only Members scored in both cycles count, so the table's cells add up to them.
import { rating } from './ratings';
import { memberScore, type ScoreTable } from './score-table';
import { type RatingBand, type RatingCode, type ScoreMeasure } from './types';

/** A Member's score for one measure in the two cycles compared (null where not scored). */
export interface ScorePair {
  readonly member: string;
  readonly from: number | null;
  readonly to: number | null;
}

export interface RatedScore {
  readonly score: number;
  readonly rating: RatingCode;
}

export interface MemberMove {
  readonly member: string;
  readonly from: RatedScore;
  readonly to: RatedScore;
  /** Bands moved: positive up, negative down, 0 for the same rating. */
  readonly steps: number;
  /** Points gained (or lost, negative) between the two cycles. */
  readonly change: number;
}

export interface Transitions {
  /** The ratings in band order, lowest first: the rows and columns of `counts`. */
  readonly ratings: readonly RatingCode[];
  /** counts[i][j]: Members rated ratings[i] in the first cycle and ratings[j] in the second. */
  readonly counts: readonly (readonly number[])[];
  /** Members scored in both cycles: the sum of every cell. */
  readonly total: number;
  /** Members that moved to a higher rating, the biggest moves first. */
  readonly up: readonly MemberMove[];
  /** Members that moved to a lower rating, the biggest falls first. */
  readonly down: readonly MemberMove[];
  /** Members with the same rating in both cycles. */
  readonly same: number;
  /** Members given that are not scored in one cycle or both (left out of the table). */
  readonly left: number;
}

/** The transition table of a set of score pairs under the framework's rating bands. */
export function ratingTransitions(pairs: readonly ScorePair[], bands: readonly RatingBand[]): Transitions {
  const ratings = bands.map((band) => band.code);
  const counts = ratings.map(() => ratings.map(() => 0));
  const up: MemberMove[] = [];
  const down: MemberMove[] = [];
  let same = 0;
  let left = 0;
  for (const pair of pairs) {
    if (pair.from === null || pair.to === null) {
      left++;
      continue;
    }
    const fromIndex = ratings.indexOf(rating(pair.from, bands).code);
    const toIndex = ratings.indexOf(rating(pair.to, bands).code);
    const row = counts[fromIndex];
    if (row) row[toIndex] = (row[toIndex] ?? 0) + 1;
    const move: MemberMove = {
      member: pair.member,
      from: { score: pair.from, rating: ratings[fromIndex] ?? 'initial' },
      to: { score: pair.to, rating: ratings[toIndex] ?? 'initial' },
      steps: toIndex - fromIndex,
      change: pair.to - pair.from,
    };
    if (move.steps > 0) up.push(move);
    else if (move.steps < 0) down.push(move);
    else same++;
  }
  up.sort((a, b) => b.steps - a.steps || b.change - a.change || a.member.localeCompare(b.member));
  down.sort((a, b) => a.steps - b.steps || a.change - b.change || a.member.localeCompare(b.member));
  return { ratings, counts, total: up.length + down.length + same, up, down, same, left };
}

/** Transitions of one measure (the Index or an area) between two cycles, over every Member of the table. */
export function measureTransitions(table: ScoreTable, measure: ScoreMeasure, from: number, to: number): Transitions {
  const pairs = table.dataset.members.map((member) => ({
    member: member.code,
    from: memberScore(table, member.code, from, measure),
    to: memberScore(table, member.code, to, measure),
  }));
  return ratingTransitions(pairs, table.dataset.framework.ratingBands);
}

export interface TransitionTotals {
  /** Members per rating in the first cycle: the sum of each row of `counts`. */
  readonly rows: readonly number[];
  /** Members per rating in the second cycle: the sum of each column of `counts`. */
  readonly columns: readonly number[];
  /** Every Member counted: the sum of all cells. */
  readonly total: number;
}

/** The row and column totals of a transition table (its margins). */
export function transitionTotals(transitions: Pick<Transitions, 'ratings' | 'counts'>): TransitionTotals {
  const { ratings, counts } = transitions;
  const rows = ratings.map((_, i) => (counts[i] ?? []).reduce((sum, count) => sum + count, 0));
  const columns = ratings.map((_, j) => counts.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  return { rows, columns, total: rows.reduce((sum, count) => sum + count, 0) };
}

/**
 * The cycle a comparison ending in `to` starts from by default: the one before it, never before the first
 * cycle of the data.
 */
export function previousCycle(first: number, to: number): number {
  return Math.max(first, to - 1);
}
