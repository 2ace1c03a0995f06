// The directory's view state, kept in the link: search text, region, rating and sort. The spec is built from the
// loaded data, so a region the data does not have falls back to every region, with a notice, as a bad value does.
import type { RatingCode } from '@/domain/types';
import type { TableSort } from '@/lib/table/table-spec';
import { param, type Param, type UrlMigration, type UrlValues } from '@/lib/url-state';

const SORT_KEYS = ['name', 'region', 'index', 'trend', 'change', 'completeness'] as const;
export type RatingFilter = RatingCode | 'none' | 'all';

const RATING_FILTERS: readonly RatingFilter[] = [
  'all',
  'initial',
  'emerging',
  'developing',
  'established',
  'advanced',
  'none',
];

/** What the spec needs to know of the data: the regions there are. */
export interface DirectoryFrame {
  readonly regionCodes: readonly string[];
}

/** Free text typed by a person, kept as typed; absurdly long values are refused. */
const text: Param<string> = {
  default: '',
  parse: (raw) => (raw.length <= 100 ? raw : undefined),
  format: (value) => value,
};

export function directorySpecOf(frame: DirectoryFrame) {
  return {
    q: text,
    // 'all' (never written, being the default) for every region; region codes are upper case.
    region: param.oneOf(['all', ...frame.regionCodes], 'all'),
    rating: param.oneOf(RATING_FILTERS, 'all'),
    sort: param.oneOf(SORT_KEYS, 'name'),
    dir: param.oneOf(['asc', 'desc'], 'asc'),
  };
}

export type DirectoryValues = UrlValues<ReturnType<typeof directorySpecOf>>;

/** No parameter has been renamed yet: `sort` and `dir` keep the values links have always had. */
export const DIRECTORY_MIGRATIONS: readonly UrlMigration[] = [];

/** The table's sort as the link says it. */
export function tableSort(values: Pick<DirectoryValues, 'sort' | 'dir'>): TableSort {
  return { key: values.sort, direction: values.dir === 'asc' ? 'ascending' : 'descending' };
}

/** The link's `sort` and `dir` for a sort chosen in the table (its keys are the directory's columns). */
export function sortValues(sort: TableSort): Pick<DirectoryValues, 'sort' | 'dir'> {
  return {
    sort: SORT_KEYS.find((key) => key === sort.key) ?? 'name',
    dir: sort.direction === 'ascending' ? 'asc' : 'desc',
  };
}
