// The directory's view state, kept in the link (search text, region, rating, sort), and the pure functions
// that filter and order the rows by it.
import type { RatingCode } from '@/domain/types';
import { createSearch } from '@/lib/search';
import { codeItem, param, type Param } from '@/lib/url-state';
import type { DirectoryRow } from './directory-model';

export const SORT_KEYS = ['name', 'region', 'index', 'trend', 'change', 'completeness'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
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

/** Free text typed by a person, kept as typed; absurdly long values are refused. */
const text: Param<string> = {
  default: '',
  parse: (raw) => (raw.length <= 100 ? raw : undefined),
  format: (value) => value,
};

/** A region code, or '' for every region; whether the data has that region is checked by the view. */
const regionCode: Param<string> = {
  default: '',
  parse: (raw) => (raw === '' ? '' : codeItem(raw)),
  format: (value) => value,
};

export const directorySpec = {
  q: text,
  region: regionCode,
  rating: param.oneOf(RATING_FILTERS, 'all'),
  sort: param.oneOf(SORT_KEYS, 'name'),
  dir: param.oneOf(['asc', 'desc'], 'asc'),
};

/** Numbers read best highest first; names A to Z. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'name' || key === 'region' ? 'asc' : 'desc';
}

const searches = new WeakMap<readonly DirectoryRow[], (query: string) => DirectoryRow[]>();

/** Rows matching the search (names in English or French, codes), the region and the rating. */
export function filterRows(
  rows: readonly DirectoryRow[],
  filters: { readonly q: string; readonly region: string; readonly rating: RatingFilter },
): DirectoryRow[] {
  let search = searches.get(rows);
  if (!search) {
    search = createSearch(rows, (row) => ({ code: row.member.code, names: [row.member.name.en, row.member.name.fr] }));
    searches.set(rows, search);
  }
  return search(filters.q).filter(
    (row) =>
      (filters.region === '' || row.member.region === filters.region) &&
      (filters.rating === 'all' || (row.rating?.code ?? 'none') === filters.rating),
  );
}

type Lang = 'en' | 'fr';

/** Rows in the asked order; rows without a value sort last either way, then by name. */
export function sortRows(rows: readonly DirectoryRow[], key: SortKey, dir: SortDirection, lang: Lang): DirectoryRow[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const byName = (a: DirectoryRow, b: DirectoryRow) => collator.compare(a.member.name[lang], b.member.name[lang]);
  const sign = dir === 'asc' ? 1 : -1;
  const compareValues = (a: number | string | null, b: number | string | null): number => {
    if (a === null && b === null) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return sign * (typeof a === 'string' && typeof b === 'string' ? collator.compare(a, b) : Number(a) - Number(b));
  };
  const value = (row: DirectoryRow): number | string | null => {
    switch (key) {
      case 'name':
        return row.member.name[lang];
      case 'region':
        return row.region ? row.region.name[lang] : row.member.region;
      case 'index':
        return row.index;
      case 'trend':
        return row.trend.slope;
      case 'change':
        return row.change?.change ?? null;
      case 'completeness':
        return row.completeness;
    }
  };
  return [...rows].sort((a, b) => compareValues(value(a), value(b)) || byName(a, b));
}
