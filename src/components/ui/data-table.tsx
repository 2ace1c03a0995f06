// A plain, accessible data table: the table alternative behind every chart. Its spec (TableSpec) is also what
// a chart's CSV download is made from (tableCells below), so the two always hold the same rows.
import type { ReactNode } from 'react';
import type { CsvTable, CsvValue } from '@/lib/export/csv';

export interface Column<Row> {
  readonly key: string;
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  readonly numeric?: boolean;
  /** The raw value in a CSV download (full precision); without it, the cell when that is text or a number. */
  readonly value?: (row: Row) => CsvValue;
  /** Only in the CSV (unit, coverage counts, provenance): the screen shows these in subtitles or tooltips. */
  readonly csvOnly?: boolean;
}

export interface TableSpec<Row> {
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
}

/** A table's headers and raw cells for a CSV: every column (CSV-only ones too), rows in the order shown. */
export function tableCells<Row>(table: TableSpec<Row>): CsvTable {
  const rawValue = (column: Column<Row>, row: Row): CsvValue => {
    if (column.value) return column.value(row);
    const cell = column.cell(row);
    return typeof cell === 'string' || typeof cell === 'number' ? cell : null;
  };
  return {
    header: table.columns.map((column) => column.header),
    rows: table.rows.map((row) => table.columns.map((column) => rawValue(column, row))),
  };
}

export function DataTable<Row>({ caption, columns: all, rows, rowKey }: TableSpec<Row>) {
  const columns = all.filter((column) => !column.csvOnly);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
