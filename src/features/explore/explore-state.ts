// The explorer's view in the URL: measure, regions, Members, cycle range, tab, mode and the map's cycle, each
// checked against the loaded dataset; anything unknown or out of range falls back to its default and is reported.
import { useMemo } from 'react';
import { param, useViewState, type Param, type UrlMigration, type UrlValues } from '@/lib/url-state';
import type { ExploreFrame, ExploreView } from './explore-frame';

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
export type SetExplore = (changes: Partial<ExploreValues>) => void;

/** No parameter has been renamed yet; a renamed one gets its entry here so that old links keep working. */
export const EXPLORE_MIGRATIONS: readonly UrlMigration[] = [];

/** A range that runs backwards is refused as a whole: both ends fall back to their defaults. */
export function checkRange(frame: ExploreFrame) {
  return (values: ExploreValues): { values: ExploreValues; invalid: readonly string[] } =>
    values.from > values.to
      ? { values: { ...values, from: frame.first, to: frame.latest }, invalid: ['from', 'to'] }
      : { values, invalid: [] };
}

/** Reads and writes the view; `view` (what the series depend on) keeps its identity while it means the same. */
export function useExploreState(frame: ExploreFrame) {
  const check = useMemo(() => checkRange(frame), [frame]);
  const { values, invalid, set } = useViewState(exploreSpec, frame, { check, migrations: EXPLORE_MIGRATIONS });
  const { measure, regions, members, from, to, mode } = values;
  const view: ExploreView = useMemo(
    () => ({ measure, regions, members, from, to, mode }),
    [measure, regions, members, from, to, mode],
  );
  return { values, view, invalid, set };
}
