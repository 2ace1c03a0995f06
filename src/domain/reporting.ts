// How far the numbers can be trusted: reporting completeness by Member and cycle, the indicators a Member
// has never reported, and how much of the data is validated rather than self-reported (DESIGN §3).
import { completeness, type Completeness } from './aggregates';
import { scoredIndicators } from './framework';
import { reportOf } from './observations';
import type { CycleReport, Dataset, Indicator, Member, ObservationIndex } from './types';

/** A Member's completeness in a cycle: its reported scored indicators over the scored indicators. */
export function memberCompleteness(dataset: Dataset, member: string, cycle: number): Completeness {
  return completeness(scoredIndicators(dataset.framework), [reportOf(dataset.observations, member, cycle)]);
}

export interface CompletenessRow {
  readonly member: Member;
  /** One cell per cycle asked for; null where the Member had not joined yet. */
  readonly cells: readonly (Completeness | null)[];
}

/** Completeness of each Member in each cycle: the Members × cycles heat map. */
export function completenessGrid(
  dataset: Dataset,
  members: readonly Member[],
  cycles: readonly number[],
): CompletenessRow[] {
  return members.map((member) => ({
    member,
    cells: cycles.map((cycle) => (member.joined > cycle ? null : memberCompleteness(dataset, member.code, cycle))),
  }));
}

export interface NeverReported {
  readonly member: Member;
  /** Scored indicators the Member has not reported in any cycle, in framework order. */
  readonly indicators: readonly Indicator[];
}

/**
 * Members that never reported one or more scored indicators in any cycle up to `throughCycle`, with those
 * indicators; Members that reported everything at least once are left out.
 */
export function neverReported(dataset: Dataset, throughCycle: number): NeverReported[] {
  const scored = scoredIndicators(dataset.framework);
  const result: NeverReported[] = [];
  for (const member of dataset.members) {
    if (member.joined > throughCycle) continue;
    const seen = new Set<string>();
    for (const [cycle, report] of dataset.observations.get(member.code) ?? []) {
      if (cycle <= throughCycle) for (const code of report.keys()) seen.add(code);
    }
    const missing = scored.filter((indicator) => !seen.has(indicator.code));
    if (missing.length > 0) result.push({ member, indicators: missing });
  }
  return result;
}

export interface ProvenanceShares {
  readonly validated: number;
  readonly selfReported: number;
  /** Every observation counted, scored or context. */
  readonly total: number;
  /** validated / total (0–1), or null when there is no observation. */
  readonly validatedShare: number | null;
}

/** Validated and self-reported observations among the given reports. */
export function provenanceShares(reports: Iterable<CycleReport>): ProvenanceShares {
  let validated = 0;
  let total = 0;
  for (const report of reports) {
    for (const observation of report.values()) {
      total++;
      if (observation.provenance === 'validated') validated++;
    }
  }
  return { validated, selfReported: total - validated, total, validatedShare: total === 0 ? null : validated / total };
}

/** Every Member's report in one cycle (those that reported anything). */
export function cycleReports(observations: ObservationIndex, cycle: number): CycleReport[] {
  const reports: CycleReport[] = [];
  for (const byCycle of observations.values()) {
    const report = byCycle.get(cycle);
    if (report) reports.push(report);
  }
  return reports;
}

/** Members of the list that reported at least one indicator (scored or context) in a cycle. */
export function membersSubmitting(observations: ObservationIndex, members: readonly Member[], cycle: number): number {
  return members.filter((member) => (observations.get(member.code)?.get(cycle)?.size ?? 0) > 0).length;
}

export interface DatasetCounts {
  readonly members: number;
  /** Member × cycle returns with at least one observation. */
  readonly submissions: number;
  readonly observations: number;
  readonly provenance: ProvenanceShares;
}

/** The size of the loaded data, for the provenance statement. */
export function datasetCounts(dataset: Dataset): DatasetCounts {
  let submissions = 0;
  const reports: CycleReport[] = [];
  for (const byCycle of dataset.observations.values()) {
    for (const report of byCycle.values()) {
      if (report.size === 0) continue;
      submissions++;
      reports.push(report);
    }
  }
  const provenance = provenanceShares(reports);
  return { members: dataset.members.length, submissions, observations: provenance.total, provenance };
}
