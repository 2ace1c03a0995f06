// The Compare view's state, kept in the link: the Members, the cycle and the peer group's name, so a link
// reproduces the comparison and carries a peer group to whoever opens it. The cycle's bounds and default (the
// latest closed cycle) come from the loaded data. Member codes are only checked for their form: a code the data
// does not have is left out and named (compare-model.ts), so that one stale code does not empty the comparison.
import { codeItem, param, type Param, type UrlMigration, type UrlValues } from '@/lib/url-state';
import { cleanGroupName, MAX_GROUP_NAME } from './peer-groups-store';

export const MAX_MEMBERS = 6;

/** What the spec needs to know of the data. */
export interface CompareFrame {
  readonly first: number;
  readonly latest: number;
  readonly closed: number;
}

/** A peer group's name as typed by a person; empty for none. */
const groupName: Param<string> = {
  default: '',
  parse: (raw) => (raw.length <= MAX_GROUP_NAME * 2 ? cleanGroupName(raw) : undefined),
  format: (value) => value,
};

export function compareSpecOf(frame: CompareFrame) {
  return {
    // More than six in a link are refused whole rather than silently cut.
    members: param.list(codeItem, [], MAX_MEMBERS),
    cycle: param.int(frame.first, frame.latest, frame.closed),
    group: groupName,
  };
}

export type CompareValues = UrlValues<ReturnType<typeof compareSpecOf>>;

/** No parameter has been renamed. */
export const COMPARE_MIGRATIONS: readonly UrlMigration[] = [];
