// Indexing observations by Member, cycle and indicator, the shape every score is computed from.
import type { CycleReport, Observation, ObservationIndex } from './types';

const EMPTY_REPORT: CycleReport = new Map();

export function indexObservations(observations: Iterable<Observation>): ObservationIndex {
  const index = new Map<string, Map<number, Map<string, Observation>>>();
  for (const observation of observations) {
    let cycles = index.get(observation.member);
    if (!cycles) {
      cycles = new Map();
      index.set(observation.member, cycles);
    }
    let report = cycles.get(observation.cycle);
    if (!report) {
      report = new Map();
      cycles.set(observation.cycle, report);
    }
    report.set(observation.indicator, observation);
  }
  return index;
}

/** A Member's report for a cycle; empty when it reported nothing. */
export function reportOf(index: ObservationIndex, member: string, cycle: number): CycleReport {
  return index.get(member)?.get(cycle) ?? EMPTY_REPORT;
}
