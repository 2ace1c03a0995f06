// "Members like us": the Members, of any region, whose Security Index was closest to a Member's at the baseline
// (the resolution's baseline cycle, or the Member's first cycle with an Index when it had none then), and where
// each stands now (its reference cycle: the latest closed cycle with an Index, see ranking.ts).
import { memberReferenceCycle } from './ranking';
import { INDEX_MEASURE, memberScore, type ScoreTable } from './score-table';
import type { Member } from './types';

/** Peers shown beside the Member: with it, six, as many as Compare takes. */
export const PEER_COUNT = 5;

export interface Peer {
  readonly member: Member;
  /** Its Index in the baseline cycle. */
  readonly baseline: number;
  /** Its reference cycle and Index there, or null when it never had one. */
  readonly now: { readonly cycle: number; readonly value: number } | null;
}

export interface MembersLikeUs {
  /** The cycle the likeness is measured in. */
  readonly cycle: number;
  /** The Member's own Index then. */
  readonly baseline: number;
  /** Closest first; ties by code. */
  readonly peers: readonly Peer[];
}

/** The Member's baseline: the first cycle, from the resolution's baseline on, in which it has an Index. */
export function baselineCycle(table: ScoreTable, member: string): number | null {
  const from = table.dataset.framework.resolution.baselineCycle;
  for (const cycle of table.cycles) {
    if (cycle >= from && memberScore(table, member, cycle, INDEX_MEASURE) !== null) return cycle;
  }
  return null;
}

export function membersLikeUs(table: ScoreTable, member: string, count = PEER_COUNT): MembersLikeUs | null {
  const cycle = baselineCycle(table, member);
  const own = cycle === null ? null : memberScore(table, member, cycle, INDEX_MEASURE);
  if (cycle === null || own === null) return null;
  const candidates: { member: Member; baseline: number }[] = [];
  for (const other of table.dataset.members) {
    if (other.code === member) continue;
    const value = memberScore(table, other.code, cycle, INDEX_MEASURE);
    if (value !== null) candidates.push({ member: other, baseline: value });
  }
  candidates.sort(
    (a, b) =>
      Math.abs(a.baseline - own) - Math.abs(b.baseline - own) ||
      (a.member.code < b.member.code ? -1 : a.member.code > b.member.code ? 1 : 0),
  );
  const peers = candidates.slice(0, count).map(({ member: peer, baseline }): Peer => {
    const at = memberReferenceCycle(table, peer.code);
    const value = at === null ? null : memberScore(table, peer.code, at, INDEX_MEASURE);
    return { member: peer, baseline, now: at === null || value === null ? null : { cycle: at, value } };
  });
  return { cycle, baseline: own, peers };
}
