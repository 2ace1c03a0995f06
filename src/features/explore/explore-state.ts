// The explorer's view in the URL: measure, regions, Members, cycle range, tab, mode and the map's cycle, each
// checked against the dataset; anything unknown or out of range falls back to its default and is reported.
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { param, useUrlState, type Param, type UrlValues } from '@/lib/url-state';
import type { ExploreFrame, ExploreView } from './explore-model';

/** More Members than this make a chart nobody can read; compare them in a table instead. */
export const MAX_MEMBERS = 8;
export const TABS = ['chart', 'table', 'map'] as const;
export type Tab = (typeof TABS)[number];

const oneOfSet = (codes: ReadonlySet<string>, fallback: string): Param<string> => ({
  default: fallback,
  parse: (raw) => (codes.has(raw) ? raw : undefined),
  format: (value) => value,
});

export function exploreSpec(frame: ExploreFrame) {
  const regionCodes = new Set(frame.regions.map((region) => region.code));
  const memberCodes = new Set(frame.members.map((member) => member.code));
  return {
    measure: oneOfSet(frame.measureCodes, 'INDEX'),
    regions: param.list((raw) => (regionCodes.has(raw) ? raw : undefined), [...regionCodes], regionCodes.size),
    members: param.list((raw) => (memberCodes.has(raw) ? raw : undefined), [], MAX_MEMBERS),
    from: param.int(frame.first, frame.latest, frame.first),
    to: param.int(frame.first, frame.latest, frame.latest),
    tab: param.oneOf(TABS, 'chart'),
    mode: param.oneOf(['value', 'change'], 'value'),
    cycle: param.int(frame.first, frame.latest, frame.latestClosed),
  };
}

export type ExploreSpec = ReturnType<typeof exploreSpec>;
export type ExploreValues = UrlValues<ExploreSpec>;

/** Reads and writes the view; a range that runs backwards is refused as a whole. */
export function useExploreState(frame: ExploreFrame) {
  const spec = useMemo(() => exploreSpec(frame), [frame]);
  const state = useUrlState(spec);
  const { values } = state;
  const backwards = values.from > values.to;
  const from = backwards ? spec.from.default : values.from;
  const to = backwards ? spec.to.default : values.to;
  const invalid = backwards ? [...state.invalid, 'from', 'to'] : state.invalid;
  const view: ExploreView = useMemo(
    () => ({ measure: values.measure, regions: values.regions, members: values.members, from, to, mode: values.mode }),
    [values.measure, values.regions, values.members, from, to, values.mode],
  );
  // react-router's setter changes with every URL; a stable one lets pickers that did not change skip rendering.
  const latestSet = useRef(state.set);
  useLayoutEffect(() => {
    latestSet.current = state.set;
  }, [state.set]);
  const set = useCallback((changes: Partial<ExploreValues>) => {
    latestSet.current(changes);
  }, []);
  return { values: { ...values, from, to }, view, invalid, set };
}
