// The one table: the table alternative behind every chart and every sortable list. What it shows comes from a
// TableSpec (lib/table/table-spec.ts), which is also what a CSV download is made from. Sortable columns have a
// button in their header; the sorted one says so with aria-sort, the others carry no aria-sort (WAI-ARIA APG).
import { nextSort, type Column, type TableSort, type TableSpec } from '@/lib/table/table-spec';
import { useId } from 'react';
import { TableScroll } from './table-scroll';
import './data-table.css';

export interface DataTableProps<Row> {
  readonly table: TableSpec<Row>;
  /** Called with the new sort when a sortable column's header is pressed; without it, nothing is sortable. */
  readonly onSort?: (sort: TableSort) => void;
  /** Extra classes for the table (a view's own layout, e.g. sticky first column). */
  readonly className?: string;
}

export function DataTable<Row>({ table, onSort, className }: DataTableProps<Row>) {
  const columns = table.columns.filter((column) => !column.csvOnly);
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption id={captionId} className={table.captionHidden ? 'visually-hidden' : undefined}>
          {table.caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} sort={table.sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={table.rowKey(row)} className={table.rowClass?.(row)}>
              {table.groupHeading?.(row) ? (
                <GroupHeading columns={columns} row={row} />
              ) : (
                columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={cellClass(column, row)}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={cellClass(column, row)}>
                      {column.cell(row)}
                    </td>
                  ),
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A row heading a group of rows: its row-header column's cell, across the whole table. */
function GroupHeading<Row>({ columns, row }: { readonly columns: readonly Column<Row>[]; readonly row: Row }) {
  const column = columns.find((candidate) => candidate.rowHeader) ?? columns[0];
  if (!column) return null;
  return (
    <th scope="colgroup" colSpan={columns.length} className={cellClass(column, row)}>
      {column.cell(row)}
    </th>
  );
}

function cellClass<Row>(column: Column<Row>, row?: Row): string | undefined {
  const own = row === undefined ? undefined : column.cellClass?.(row);
  const classes = [column.numeric ? 'numeric' : undefined, own].filter(Boolean).join(' ');
  return classes === '' ? undefined : classes;
}

/** The header's words, or what it shows instead with the words kept for screen readers. */
function HeaderText<Row>({ column }: { readonly column: Column<Row> }) {
  if (column.headerContent === undefined) return column.header;
  return (
    <>
      <span aria-hidden="true">{column.headerContent}</span>
      <span className="visually-hidden">{column.header}</span>
    </>
  );
}

function tooltip<Row>(column: Column<Row>): string | undefined {
  return typeof column.headerContent === 'string' ? column.header : undefined;
}

interface HeaderCellProps<Row> {
  readonly column: Column<Row>;
  readonly sort: TableSort | undefined;
  readonly onSort: ((sort: TableSort) => void) | undefined;
}

function HeaderCell<Row>({ column, sort, onSort }: HeaderCellProps<Row>) {
  const active = sort?.key === column.key ? sort.direction : undefined;
  if (!onSort || !column.sortValue) {
    return (
      <th scope="col" className={cellClass(column)} title={tooltip(column)}>
        <HeaderText column={column} />
      </th>
    );
  }
  return (
    <th scope="col" className={cellClass(column)} aria-sort={active} title={tooltip(column)}>
      <button
        type="button"
        className="data-table__sort"
        onClick={() => {
          onSort(nextSort(sort, column));
        }}
      >
        <HeaderText column={column} />
        <span aria-hidden="true" className="data-table__sort-mark">
          {active === 'ascending' ? '▲' : active === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
