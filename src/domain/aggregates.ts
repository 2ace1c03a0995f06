// Region and world aggregates, adoption rates and reporting completeness (DESIGN §3).
import type { CycleReport, Indicator, Member } from './types';
import { indicatorStage } from './stages';
import { mean } from './scores';

/** A value over a group of Members, with its coverage; `value` is null below 50% coverage. */
export interface Aggregate {
  readonly value: number | null;
  /** Members with a value. */
  readonly n: number;
  /** Members of the group in that cycle. */
  readonly of: number;
  /** n / of, 0 for an empty group. */
  readonly coverage: number;
  /** Whether coverage reaches 50%, so the value may be shown. */
  readonly sufficient: boolean;
}

/** Whether n of N reaches the 50% rule (compared in integers, so exactly half is enough). */
export function isSufficient(n: number, of: number): boolean {
  return of > 0 && n > 0 && n * 2 >= of;
}

/** Mean (or another summary) over the Members with a value, with coverage n of N. */
export function aggregate(
  values: readonly (number | null)[],
  groupSize: number,
  summarise: (known: readonly number[]) => number = mean,
): Aggregate {
  const known = values.filter((value): value is number => value !== null);
  const sufficient = isSufficient(known.length, groupSize);
  return {
    value: sufficient ? summarise(known) : null,
    n: known.length,
    of: groupSize,
    coverage: groupSize === 0 ? 0 : known.length / groupSize,
    sufficient,
  };
}

export interface Adoption {
  /** Share (0–1) of the reporting Members at stage 3 or more; null below 50% coverage. */
  readonly rate: number | null;
  readonly adopters: number;
  /** Members that reported the indicator. */
  readonly n: number;
  readonly of: number;
  readonly coverage: number;
  readonly sufficient: boolean;
}

/** Share of the Members reporting an indicator at stage ≥ 3, with coverage reporting / N. */
export function adoptionRate(indicator: Indicator, reports: readonly (CycleReport | undefined)[]): Adoption {
  let n = 0;
  let adopters = 0;
  for (const report of reports) {
    const observation = report?.get(indicator.code);
    if (!observation) continue;
    n++;
    const stage = indicatorStage(indicator.type, observation.value);
    if (stage !== null && stage >= 3) adopters++;
  }
  const of = reports.length;
  const sufficient = isSufficient(n, of);
  return {
    rate: sufficient ? adopters / n : null,
    adopters,
    n,
    of,
    coverage: of === 0 ? 0 : n / of,
    sufficient,
  };
}

export interface Completeness {
  readonly reported: number;
  readonly expected: number;
  /** reported / expected (0–1), or null when nothing was expected. */
  readonly share: number | null;
}

/** Reported (Member, scored indicator) pairs over expected pairs: Members × scored indicators. */
export function completeness(
  scored: readonly Indicator[],
  reports: readonly (CycleReport | undefined)[],
): Completeness {
  let reported = 0;
  for (const report of reports) {
    if (!report) continue;
    for (const indicator of scored) if (report.has(indicator.code)) reported++;
  }
  const expected = reports.length * scored.length;
  return { reported, expected, share: expected === 0 ? null : reported / expected };
}

/** Members that exist in a cycle: those that had joined by then. */
export function membersInCycle<M extends Pick<Member, 'joined'>>(members: readonly M[], cycle: number): M[] {
  return members.filter((member) => member.joined <= cycle);
}
