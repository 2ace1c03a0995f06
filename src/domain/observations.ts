// Reading the observation index (Member → cycle → indicator), the shape every score is computed from.
import type { CycleReport, ObservationIndex } from './types';

const EMPTY_REPORT: CycleReport = new Map();

/** A Member's report for a cycle; empty when it reported nothing. */
export function reportOf(index: ObservationIndex, member: string, cycle: number): CycleReport {
  return index.get(member)?.get(cycle) ?? EMPTY_REPORT;
}
