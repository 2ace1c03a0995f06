import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(['a', 'b'], [[1, 2]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\n1,2\r\n');
  });

  it('quotes commas, quotes and line breaks in names, and reads back the same text', () => {
    const names = ['Bonaire, Sint Eustatius', 'The "Islands"', 'Two\nlines', 'CR\r\nLF', 'Côte d’Ivoire'];
    const csv = toCsv(
      ['name'],
      names.map((name) => [name]),
    );
    expect(csv).toContain('"Bonaire, Sint Eustatius"');
    expect(csv).toContain('"The ""Islands"""');
    expect(
      parse(csv)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(names);
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const risky = ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tTAB', '\rCR', '=1\n+2'];
    const rows = parse(
      toCsv(
        ['cell'],
        risky.map((text) => [text]),
      ),
    ).slice(1);
    expect(rows.map((row) => row[0])).toEqual(risky.map((text) => `'${text}`));
  });

  it('keeps numbers as numbers at full precision, negative ones included', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(53.333333333333336)).toBe('53.333333333333336');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('leaves plain text alone and quotes leading or trailing spaces', () => {
    expect(csvCell('Europe')).toBe('Europe');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('writes French headers as given, accents intact', () => {
    const csv = toCsv(['Cycle', 'Région ou Membre', 'Unité'], [[2015, 'Afrique occidentale et centrale', 'Score']]);
    expect(parse(csv)[0]).toEqual(['Cycle', 'Région ou Membre', 'Unité']);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
