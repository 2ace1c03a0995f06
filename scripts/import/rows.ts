// Reads Member returns (CSV or JSON; .xlsx in xlsx.ts) into rows that remember where they came from, for error
// reports.
import Papa from 'papaparse';

/** One observation as read, with the line it starts on (1-based, the header being line 1), or its sheet and row. */
export interface RawRow {
  readonly line: number;
  /** The workbook sheet it comes from (an .xlsx input); `line` is then the sheet's row number. */
  readonly sheet?: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** Where a row is, as error reports name it: `line 12`, or `sheet "observations", row 12`. */
export function placeOf(row: Pick<RawRow, 'line' | 'sheet'>): string {
  return row.sheet === undefined ? `line ${row.line}` : `sheet "${row.sheet}", row ${row.line}`;
}

export const COLUMNS = ['member', 'indicator', 'cycle', 'value', 'provenance', 'status', 'submitted'] as const;
export type Column = (typeof COLUMNS)[number];

export interface ReadResult {
  readonly rows: RawRow[];
  /** Problems with the file as a whole (missing columns, unreadable CSV). */
  readonly problems: string[];
  /** The separator found, so decimal commas can be accepted with ";" (French Excel). */
  readonly delimiter: string;
}

/** Reads a CSV export: UTF-8 with or without BOM, "," or ";" separators, quoted fields, CRLF or LF. */
export function readCsv(text: string): ReadResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineStarts = lineIndex(source);
  const rows: RawRow[] = [];
  const problems: string[] = [];
  let delimiter = ',';
  let header: string[] | null = null;
  let rowStart = 0;
  Papa.parse<string[]>(source, {
    delimiter: '', // detect "," or ";"
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    step: (result) => {
      delimiter = result.meta.delimiter;
      const line = lineOf(lineStarts, skipBlank(source, rowStart));
      rowStart = result.meta.cursor;
      for (const error of result.errors) problems.push(`line ${line}: ${error.message}`);
      if (!header) {
        header = result.data.map((name) => name.trim().toLowerCase());
        return;
      }
      const fields: Record<string, string> = {};
      header.forEach((name, i) => {
        fields[name] = (result.data[i] ?? '').trim();
      });
      rows.push({ line, fields });
    },
  });
  const missing = COLUMNS.filter((column) => !(header ?? []).includes(column));
  if (missing.length > 0) problems.push(`line 1: missing column(s) ${missing.join(', ')}`);
  return { rows, problems, delimiter };
}

/** Reads JSON: an array of row objects with the CSV's column names. */
export function readJson(text: string): ReadResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { rows: [], problems: [`the file is not valid JSON (${(error as Error).message})`], delimiter: ',' };
  }
  if (!Array.isArray(data)) return { rows: [], problems: ['expected a JSON array of observations'], delimiter: ',' };
  const rows = data.map((item: unknown, i): RawRow => {
    const fields: Record<string, string> = {};
    if (typeof item === 'object' && item !== null) {
      for (const [key, value] of Object.entries(item)) {
        fields[key.toLowerCase()] = typeof value === 'string' ? value.trim() : JSON.stringify(value);
      }
    }
    return { line: i + 1, fields };
  });
  return { rows, problems: [], delimiter: ',' };
}

/** The offset of the next non-blank character: where the next row really starts. */
function skipBlank(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && /[\r\n\t ]/.test(text.charAt(i))) i++;
  return i;
}

function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line of a character offset, by binary search over line starts. */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
