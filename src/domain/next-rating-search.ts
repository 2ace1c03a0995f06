// The exhaustive, ordered search behind next-rating.ts: change sets over a report's scored indicators, tried
// cheapest first (fewest indicators, then fewest stage steps), with branch-and-bound so a search stops at the
// first cost that reaches the goal.
import type { CycleReport, Indicator, Observation, Stage } from './types';

/** One indicator's change: reported for the first time (`from` null) or raised from a lower stage. */
export interface IndicatorChange {
  readonly indicator: Indicator;
  /** Its stage now, or null when it was not reported. */
  readonly from: Stage | null;
  /** The stage it must be reported at or rise to (at least). */
  readonly to: Stage;
}

/** The size of a change set: compared on `indicators` first, then on `steps`. */
export interface ChangeCost {
  readonly indicators: number;
  /** Stage steps: `to − from` for a raise, `to` for a first report (reporting at stage 0 costs none). */
  readonly steps: number;
}

export function changeSteps(change: IndicatorChange): number {
  return change.to - (change.from ?? 0);
}

export function costOf(changes: readonly IndicatorChange[]): ChangeCost {
  let steps = 0;
  for (const change of changes) steps += changeSteps(change);
  return { indicators: changes.length, steps };
}

/** Negative when `a` is the smaller change. */
export function compareCost(a: ChangeCost, b: ChangeCost): number {
  return a.indicators - b.indicators || a.steps - b.steps;
}

/** The stages an indicator can be reported at, by type: yes/no is 0 or 4; stage and percent any of 0–4. */
function reachableStages(indicator: Indicator): readonly Stage[] {
  return indicator.type === 'yesno' ? [0, 4] : [0, 1, 2, 3, 4];
}

/** Every change an indicator allows from where it stands, fewest steps first. */
export function changesOf(indicator: Indicator, from: Stage | null): IndicatorChange[] {
  return reachableStages(indicator)
    .filter((to) => from === null || to > from)
    .map((to) => ({ indicator, from, to }));
}

/** The lowest value of an indicator's type that stands for a stage (the inverse of indicatorStage). */
export function valueForStage(indicator: Indicator, stage: Stage): number {
  switch (indicator.type) {
    case 'yesno':
      return stage === 4 ? 1 : 0;
    case 'percent':
      return [0, 1, 25, 50, 75][stage] ?? 0;
    default:
      return stage;
  }
}

/** The report with the changes applied: each changed indicator reported at its new stage's lowest value. */
export function applyChanges(report: CycleReport, changes: readonly IndicatorChange[]): CycleReport {
  const next = new Map(report);
  for (const { indicator, to } of changes) {
    const old = report.get(indicator.code);
    const observation: Observation = {
      member: old?.member ?? '',
      cycle: old?.cycle ?? 0,
      indicator: indicator.code,
      value: valueForStage(indicator, to),
      provenance: 'self-reported',
      status: 'provisional',
      submitted: old?.submitted ?? '',
    };
    next.set(indicator.code, observation);
  }
  return next;
}

export interface SearchProblem {
  /** Each candidate indicator with its stage now (null: not reported). */
  readonly candidates: readonly { readonly indicator: Indicator; readonly from: Stage | null }[];
  /** No change set with fewer first reports can succeed (the reporting rule's shortfall). */
  readonly minReports: number;
  /** Whether the changed report reaches the goal. */
  readonly reaches: (changes: readonly IndicatorChange[]) => boolean;
}

/**
 * Every change set of the smallest cost that reaches the goal, or an empty list when none does. Exhaustive:
 * sizes are tried in order; within a size, each set of indicators is skipped when even its highest stages fall
 * short (with the same indicators reported a higher stage never lowers a score), and otherwise every choice of
 * stages is tried whose steps do not exceed the best found.
 */
export function cheapestChanges(problem: SearchProblem): IndicatorChange[][] {
  const { candidates, minReports, reaches } = problem;
  const options = candidates.map(({ indicator, from }) => changesOf(indicator, from));
  for (let size = Math.max(1, minReports); size <= candidates.length; size++) {
    const search = { best: Infinity, found: [] as IndicatorChange[][] };
    for (const subset of subsets(options.length, size)) {
      const choices = subset.map((i) => options[i] ?? []);
      const reports = subset.filter((i) => candidates[i]?.from === null).length;
      if (reports < minReports || choices.some((list) => list.length === 0)) continue;
      if (!reaches(choices.map((list) => list[list.length - 1] as IndicatorChange))) continue;
      chooseStages(choices, reaches, search);
    }
    if (search.found.length > 0) return search.found;
  }
  return [];
}

/** Every choice of one change per indicator with no more steps than the best so far, keeping the cheapest. */
function chooseStages(
  choices: readonly (readonly IndicatorChange[])[],
  reaches: SearchProblem['reaches'],
  search: { best: number; found: IndicatorChange[][] },
) {
  const picked: IndicatorChange[] = [];
  const visit = (depth: number, steps: number) => {
    if (depth === choices.length) {
      if (steps > search.best || !reaches(picked)) return;
      if (steps < search.best) {
        search.best = steps;
        search.found = [];
      }
      search.found.push([...picked]);
      return;
    }
    for (const change of choices[depth] ?? []) {
      const next = steps + changeSteps(change);
      if (next > search.best) break; // options come in rising steps
      picked.push(change);
      visit(depth + 1, next);
      picked.pop();
    }
  };
  visit(0, 0);
}

/** Every `size`-element subset of 0…n−1, as ascending index lists. */
function* subsets(n: number, size: number): Generator<number[]> {
  const indices = Array.from({ length: size }, (_, i) => i);
  if (size > n) return;
  for (;;) {
    yield [...indices];
    let i = size - 1;
    while (i >= 0 && indices[i] === n - size + i) i--;
    if (i < 0) return;
    indices[i] = (indices[i] ?? 0) + 1;
    for (let j = i + 1; j < size; j++) indices[j] = (indices[j - 1] ?? 0) + 1;
  }
}
