// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads French names right), CRLF lines, quoting
// where needed, and text cells that a spreadsheet would run as a formula neutralised (DESIGN §7).
// A few lines of our own rather than papaparse's `unparse`: its `escapeFormulae` pattern (`^[=+\-@\t\r].*$`)
// misses text with a line break in it, and the rules below are all a CSV writer needs.

/** A raw cell: numbers keep their full precision and stay numbers; null is an empty cell. */
export type CsvValue = string | number | null;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvValue[])[];
}

const BOM = '\uFEFF';

/** Text starting with one of these is taken as a formula by Excel, LibreOffice or Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A field with one of these must be quoted (leading or trailing spaces too, or some readers trim them). */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  // Numbers are written as JavaScript's shortest exact form: full precision, and "-2" stays a number.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
