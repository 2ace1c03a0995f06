// What a table shows, as data: its columns, rows, order and sort. One TableSpec feeds the on-screen table
// (components/ui/data-table.tsx) and the CSV download (table-cells.ts), so the two always hold the same rows in
// the same order; the sort lives here too, so that sorting on screen and in the file is one rule.
import type { ReactNode } from 'react';
import type { Lang } from '@/domain/types';
import type { CsvValue } from '@/lib/export/csv';

export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  /** The key of the column the rows are ordered by. */
  readonly key: string;
  readonly direction: SortDirection;
}

/** A value rows are ordered by; null always sorts last, whatever the direction. */
export type SortValue = string | number | null;

export interface Column<Row> {
  readonly key: string;
  readonly header: string;
  /**
   * What the header shows when more than its words help the eye (an indicator's code, a rating badge): `header`
   * stays the column's accessible name, its tooltip and its CSV header.
   */
  readonly headerContent?: ReactNode;
  readonly cell: (row: Row) => ReactNode;
  /** A class for this column's cell in a row (a heat map's shade). */
  readonly cellClass?: (row: Row) => string | undefined;
  readonly numeric?: boolean;
  /** The raw value in a CSV download (full precision); without it, the cell when that is text or a number. */
  readonly value?: (row: Row) => CsvValue;
  /** Only in the CSV (unit, coverage counts, provenance): the screen shows these in subtitles or tooltips. */
  readonly csvOnly?: boolean;
  /** The row's name (a Member, a region): drawn as the row's header cell. */
  readonly rowHeader?: boolean;
  /** Makes the column sortable by this value. */
  readonly sortValue?: (row: Row) => SortValue;
  /** The direction a first click on this column sorts in (numbers: largest first). */
  readonly firstDirection?: SortDirection;
}

export interface TableSpec<Row> {
  readonly caption: string;
  /** A caption for screen readers only, when a heading above the table already says it. */
  readonly captionHidden?: boolean;
  readonly columns: readonly Column<Row>[];
  /** In the order shown: sortTable has already ordered them by `sort`. */
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** How the rows are ordered, when the table can be sorted. */
  readonly sort?: TableSort;
  /** A class for rows that stand out (the user's own administration, a reference row). */
  readonly rowClass?: (row: Row) => string | undefined;
  /** True for a row that heads the rows after it (a region, an area): its row-header cell spans every column. */
  readonly groupHeading?: (row: Row) => boolean;
}

const collators = new Map<Lang, Intl.Collator>();

function collator(lang: Lang): Intl.Collator {
  let made = collators.get(lang);
  if (!made) {
    made = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, made);
  }
  return made;
}

/** Orders two sort values: numbers by size, text in the language's alphabetical order, null last. */
export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection, lang: Lang): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator(lang).compare(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

/**
 * The rows ordered by `sort` (stable: rows that tie keep their order, so a secondary order given by the model
 * holds). A sort on a column that cannot be sorted leaves the rows as they are.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  sort: TableSort | undefined,
  lang: Lang,
): Row[] {
  const value = columns.find((column) => column.key === sort?.key)?.sortValue;
  if (!sort || !value) return [...rows];
  const keyed = rows.map((row, index) => ({ row, index, value: value(row) }));
  keyed.sort((a, b) => compareSortValues(a.value, b.value, sort.direction, lang) || a.index - b.index);
  return keyed.map((entry) => entry.row);
}

/** The spec with its rows in `sort` order. */
export function sortTable<Row>(table: TableSpec<Row>, sort: TableSort | undefined, lang: Lang): TableSpec<Row> {
  return { ...table, sort, rows: sortRows(table.rows, table.columns, sort, lang) };
}

/** The sort after a click on a column's header: the other direction on the sorted column, else its first one. */
export function nextSort<Row>(current: TableSort | undefined, column: Column<Row>): TableSort {
  if (current?.key === column.key) {
    return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key: column.key, direction: column.firstDirection ?? (column.numeric ? 'descending' : 'ascending') };
}
