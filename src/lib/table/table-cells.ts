// A table spec's cells for a CSV, apart from the sorting code in table-spec.ts: every chart frame needs this on
// the first screen, while only the views with sortable tables need the rest.
import type { CsvTable, CsvValue } from '@/lib/export/csv';
import type { Column, TableSpec } from './table-spec';

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
