// The Transitions view's state in the link: the two cycles compared and the measure shown, each checked against
// the loaded data. Without `from`, the comparison starts the cycle before `to` (one rule: previousCycle).
import { latestClosedCycle, scoredAreas } from '@/domain/framework';
import { previousCycle } from '@/domain/transitions';
import type { Dataset } from '@/domain/types';
import type { Param, UrlValues } from '@/lib/url-state';

/** The measure key of the Security Index; every other key is an area code. */
export const INDEX_KEY = 'INDEX';

/** What the link is checked against: the cycles and measures of the loaded data. */
export interface TransitionsFrame {
  readonly cycles: readonly number[];
  readonly first: number;
  readonly latestClosed: number;
  readonly measures: readonly string[];
}

export function selectTransitionsFrame(dataset: Dataset): TransitionsFrame {
  const { framework } = dataset;
  const cycles: number[] = [];
  for (let cycle = framework.cycles.first; cycle <= framework.cycles.latest; cycle++) cycles.push(cycle);
  return {
    cycles,
    first: framework.cycles.first,
    latestClosed: latestClosedCycle(framework),
    measures: [INDEX_KEY, ...scoredAreas(framework)],
  };
}

/** "The cycle before `to`": what an absent `from` stands for (links have always written it as 0 or left it out). */
const BEFORE_TO = 0;

/** A cycle of the data; `0` is read as `zero` (what links made before this spec wrote for the defaults). */
const cycleParam = (cycles: readonly number[], fallback: number, zero: number): Param<number> => ({
  default: fallback,
  parse: (raw) => {
    if (raw === '0') return zero;
    const cycle = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
    return cycles.includes(cycle) ? cycle : undefined;
  },
  format: String,
});

export function transitionsSpec(frame: TransitionsFrame) {
  return {
    from: cycleParam(frame.cycles, BEFORE_TO, BEFORE_TO),
    to: cycleParam(frame.cycles, frame.latestClosed, frame.latestClosed),
    measure: {
      default: INDEX_KEY,
      parse: (raw: string) => frame.measures.find((key) => key === raw),
      format: (value: string) => value,
    } satisfies Param<string>,
  };
}

export type TransitionsValues = UrlValues<ReturnType<typeof transitionsSpec>>;

/** The cycle a comparison ending in `to` starts from when the link does not say. */
export const defaultFrom = (frame: TransitionsFrame, to: number): number => previousCycle(frame.first, to);

/** `from` made concrete, and refused when it is not before `to`. */
export function checkTransitions(frame: TransitionsFrame) {
  return (values: TransitionsValues): { values: TransitionsValues; invalid: readonly string[] } => {
    const fallback = defaultFrom(frame, values.to);
    if (values.from === BEFORE_TO) return { values: { ...values, from: fallback }, invalid: [] };
    if (values.from < values.to) return { values, invalid: [] };
    return { values: { ...values, from: fallback }, invalid: ['from'] };
  };
}

/**
 * The link's change for a new pair of cycles: a `from` no longer before `to` moves to the default, and a `from`
 * equal to the default is left out of the link (so the link keeps meaning "the cycle before").
 */
export function cyclesChange(frame: TransitionsFrame, from: number, to: number): Partial<TransitionsValues> {
  const start = from < to ? from : defaultFrom(frame, to);
  return { to, from: start === defaultFrom(frame, to) ? BEFORE_TO : start };
}
