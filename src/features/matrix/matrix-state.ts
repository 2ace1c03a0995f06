// The Matrix's state in the link: cycle, region filter, grouping, column set and sort, each checked against the
// loaded data (the cycles, regions and columns that exist); anything else falls back to its default with a notice.
import { latestClosedCycle } from '@/domain/framework';
import { scoresOf } from '@/domain/score-table';
import type { Dataset } from '@/domain/types';
import { param, type Param, type UrlValues } from '@/lib/url-state';
import { matrixColumns, NAME_KEY } from './matrix-columns';

export interface MatrixFrame {
  readonly cycles: readonly number[];
  readonly latestClosed: number;
  readonly regions: readonly string[];
  /** Every column a sort may name, in either column set. */
  readonly sortKeys: readonly string[];
}

export function selectMatrixFrame(dataset: Dataset): MatrixFrame {
  const { framework } = dataset;
  const columns = [...matrixColumns(framework, 'areas'), ...matrixColumns(framework, 'indicators')];
  return {
    cycles: scoresOf(dataset).cycles,
    latestClosed: latestClosedCycle(framework),
    regions: framework.regions.map((region) => region.code),
    sortKeys: [NAME_KEY, ...new Set(columns.map((column) => column.key))],
  };
}

const oneOfList = (values: readonly string[], fallback: string): Param<string> => ({
  default: fallback,
  parse: (raw) => values.find((value) => value === raw),
  format: (value) => value,
});

/** A cycle of the data, the latest closed one by default. Links made before this spec wrote 0 for it. */
const cycleParam = (frame: MatrixFrame): Param<number> => ({
  default: frame.latestClosed,
  parse: (raw) => (raw === '0' ? frame.latestClosed : frame.cycles.find((cycle) => String(cycle) === raw)),
  format: String,
});

export function matrixSpec(frame: MatrixFrame) {
  return {
    cycle: cycleParam(frame),
    region: oneOfList(['', ...frame.regions], ''),
    group: param.oneOf(['region', 'none'], 'region'),
    cols: param.oneOf(['areas', 'indicators'], 'areas'),
    sort: oneOfList(frame.sortKeys, NAME_KEY),
    dir: param.oneOf(['asc', 'desc'], 'asc'),
  };
}

export type MatrixValues = UrlValues<ReturnType<typeof matrixSpec>>;

/** The link's change when a row or column toggle is pressed. */
export function toggleChange(param: 'group' | 'cols', id: string): Partial<MatrixValues> {
  return param === 'group'
    ? { group: id === 'none' ? 'none' : 'region' }
    : { cols: id === 'indicators' ? 'indicators' : 'areas' };
}
