// The Matrix's state in the link: cycle, region filter, grouping, column set and sort.
import { param } from '@/lib/url-state';

/** `cycle` 0 stands for "the latest closed cycle", whatever year that is in the loaded data. */
export const LATEST = 0;

export const matrixSpec = {
  cycle: param.int(0, 9999, LATEST),
  region: param.code(''),
  group: param.oneOf(['region', 'none'], 'region'),
  cols: param.oneOf(['areas', 'indicators'], 'areas'),
  sort: param.code('NAME'),
  dir: param.oneOf(['asc', 'desc'], 'asc'),
};
