// Excel workbooks for the import (Node only: exceljs never reaches the browser bundle). Reads the observations
// from one sheet into the same rows the CSV reader gives, each remembering its sheet and row for error reports;
// writes them for `npm run data:export -- --out observations.xlsx` with typed cells, as a data team keeps them.
import ExcelJS from 'exceljs';
import { COLUMNS, type RawRow, type ReadResult } from './rows';

/** A cell as the import's text: numbers as written, dates as YYYY-MM-DD, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string') return value.trim();
  // exceljs gives a date cell as the UTC midnight of its day (Excel dates carry no time zone).
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('text' in value) return cellText(value.text);
  return '';
}

/** The observations of `sheetName` (default: the first sheet) of a workbook; its first non-empty row is the header. */
export async function readXlsx(file: string, sheetName?: string): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    return { rows: [], problems: [`cannot read the workbook (${(error as Error).message})`], delimiter: ',' };
  }
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    const names = workbook.worksheets.map((each) => `"${each.name}"`).join(', ') || 'none';
    return {
      rows: [],
      problems: [sheetName === undefined ? 'the workbook has no sheet' : `no sheet "${sheetName}" (sheets: ${names})`],
      delimiter: ',',
    };
  }
  let header: string[] | null = null;
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    if (cells.every((text) => !text)) return;
    if (!header) {
      header = Array.from(cells, (name: string | undefined) => (name ?? '').trim().toLowerCase());
      return;
    }
    const fields: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name) fields[name] = cells[i] ?? '';
    });
    rows.push({ line: rowNumber, sheet: sheet.name, fields });
  });
  const missing = COLUMNS.filter((column) => !(header ?? []).includes(column));
  const problems = missing.length > 0 ? [`sheet "${sheet.name}": missing column(s) ${missing.join(', ')}`] : [];
  return { rows, problems, delimiter: ',' };
}

/** Writes rows of the import's columns to a one-sheet workbook: numbers as numbers, `submitted` as a date. */
export async function writeXlsx(file: string, rows: readonly (readonly (string | number)[])[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('observations');
  sheet.columns = COLUMNS.map((key) => ({ header: key, key, width: key === 'indicator' ? 16 : 13 }));
  sheet.getRow(1).font = { bold: true };
  const submitted = COLUMNS.indexOf('submitted');
  for (const row of rows) {
    sheet.addRow(row.map((value, i) => (i === submitted ? new Date(`${String(value)}T00:00:00Z`) : value)));
  }
  sheet.getColumn(submitted + 1).numFmt = 'yyyy-mm-dd';
  await workbook.xlsx.writeFile(file);
}
