// The Compare view's state, kept in the link: the Members, the cycle and the peer group's name, so a link
// reproduces the comparison and carries a peer group to whoever opens it.
import { codeItem, param, type Param } from '@/lib/url-state';
import { cleanGroupName, MAX_GROUP_NAME } from './peer-groups-store';

/** A peer group's name as typed by a person; empty for none. */
const groupName: Param<string> = {
  default: '',
  parse: (raw) => (raw.length <= MAX_GROUP_NAME * 2 ? cleanGroupName(raw) : undefined),
  format: (value) => value,
};

export const compareSpec = {
  // More than six in a link are refused whole rather than silently cut.
  members: param.list(codeItem, [], 6),
  // 0 stands for "the latest closed cycle", which changes as cycles close.
  cycle: param.int(1990, 2100, 0),
  group: groupName,
};
