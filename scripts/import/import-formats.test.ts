// @vitest-environment node
// What a data team meets: Excel workbooks (bad rows named by sheet and row; CSV → XLSX → import → export gives
// the same observations), files saved as Windows-1252, a dry run (--check), and adding one cycle (--merge) that
// leaves the other cycles byte-identical and still writes all or nothing.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ObservationsDocument } from '../../src/api/schemas/observations';
import { illustrativeDataset } from '../../mocks/dataset';
import { exportObservations, observationsToCsv } from '../data-export';
import { runImport } from '../data-import';
import { readCsv } from './rows';
import { writeXlsx } from './xlsx';

const HEADER = 'member,indicator,cycle,value,provenance,status,submitted';
const AS_OF = '2026-11-28';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'spd-import-formats-'));
}

async function importFile(input: string, out: string, extra: string[] = []) {
  const log: string[] = [];
  const errors: string[] = [];
  const status = await runImport([input, '--out', out, '--as-of', AS_OF, ...extra], {
    log: (line) => log.push(line),
    error: (line) => errors.push(line),
  });
  return { status, log, errors };
}

/** A CSV's rows as a workbook would hold them: numbers as numbers (submitted becomes a date cell). */
async function csvToXlsx(csv: string, file: string): Promise<void> {
  const { rows } = readCsv(csv);
  const numeric = (text: string) => (text !== '' && !Number.isNaN(Number(text)) ? Number(text) : text);
  await writeXlsx(
    file,
    rows.map(({ fields }) => [
      fields.member ?? '',
      fields.indicator ?? '',
      numeric(fields.cycle ?? ''),
      numeric(fields.value ?? ''),
      fields.provenance ?? '',
      fields.status ?? '',
      fields.submitted ?? '',
    ]),
  );
}

const readObservations = (out: string) =>
  JSON.parse(readFileSync(join(out, 'observations.json'), 'utf8')) as ObservationsDocument;

/** A CSV's data lines, in a fixed order, to compare two exports whatever order their submissions are in. */
const dataLines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .sort();

describe('Excel workbooks', () => {
  it('round-trips the built-in dataset: CSV → XLSX → import → export gives the same observations', async () => {
    const dir = tempDir();
    const csv = observationsToCsv(illustrativeDataset(new Date(`${AS_OF}T00:00:00Z`)).observations);
    await csvToXlsx(csv, join(dir, 'returns.xlsx'));
    const result = await importFile(join(dir, 'returns.xlsx'), join(dir, 'out'));
    expect(result.errors).toEqual([]);
    expect(result.status).toBe(0);
    await exportObservations(readObservations(join(dir, 'out')), join(dir, 'again.csv'));
    const again = readFileSync(join(dir, 'again.csv'), 'utf8');
    expect(dataLines(again)).toEqual(dataLines(csv));
    expect(dataLines(csv).length).toBeGreaterThan(10_000);
  }, 120_000);

  it('names every bad row by sheet and row, and writes nothing', async () => {
    const dir = tempDir();
    const csv = [
      HEADER,
      'KEN,PAX.API,2020,3,validated,final,2021-03-01',
      'ZZZ,PAX.API,2020,3,validated,final,2021-03-01',
      'KEN,PAX.APICOV,2020,140,validated,final,2021-03-01',
      'KEN,PAX.API,2020,2,validated,final,2021-03-01',
    ].join('\n');
    await csvToXlsx(csv, join(dir, 'returns.xlsx'));
    const result = await importFile(join(dir, 'returns.xlsx'), join(dir, 'out'));
    expect(result.status).toBe(1);
    const input = join(dir, 'returns.xlsx');
    expect(result.errors).toEqual([
      `${input}: sheet "observations", row 3, member: unknown Member code "ZZZ"`,
      `${input}: sheet "observations", row 4, value: 140 is not a percentage (0–100)`,
      `${input}: sheet "observations", row 5, (row): KEN PAX.API 2020 is already given on sheet "observations", row 2`,
      `3 problem(s) in ${input}. Nothing was written.`,
    ]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reads the sheet asked for, and names the sheets when it is not there', async () => {
    const dir = tempDir();
    await csvToXlsx([HEADER, 'KEN,PAX.API,2020,3,validated,final,2021-03-01'].join('\n'), join(dir, 'r.xlsx'));
    expect((await importFile(join(dir, 'r.xlsx'), join(dir, 'out'), ['--sheet', 'observations'])).status).toBe(0);
    const missing = await importFile(join(dir, 'r.xlsx'), join(dir, 'out2'), ['--sheet', 'Returns 2025']);
    expect(missing.status).toBe(1);
    expect(missing.errors[0]).toMatch(/no sheet "Returns 2025" \(sheets: "observations"\)/);
  });

  it('refuses the old .xls format with what to do', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'returns.xls'), 'not really');
    const result = await importFile(join(dir, 'returns.xls'), join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.errors[0]).toMatch(/save the workbook as \.xlsx/);
  });
});

describe('encodings', () => {
  // "Côte d’Ivoire" and "Sénégal" as Excel's plain "CSV" saves them on Windows: one byte per accented letter.
  const windows1252 = Buffer.concat([
    Buffer.from(`${HEADER},name\r\nSEN,PAX.API,2020,3,validated,final,2021-03-01,S`),
    Buffer.from([0xe9]),
    Buffer.from('n'),
    Buffer.from([0xe9]),
    Buffer.from('gal\r\nCIV,PAX.API,2020,2,validated,final,2021-03-01,C'),
    Buffer.from([0xf4]),
    Buffer.from('te d'),
    Buffer.from([0x92]),
    Buffer.from('Ivoire\r\n'),
  ]);

  it('refuses a file that is not UTF-8, naming the lines and the way out', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'returns.csv'), windows1252);
    const result = await importFile(join(dir, 'returns.csv'), join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.errors[0]).toMatch(/returns\.csv: line 2: not valid UTF-8 \(byte 0xE9 at byte 48 of the line\)/);
    expect(result.errors[1]).toMatch(/returns\.csv: line 3: not valid UTF-8 \(byte 0xF4/);
    expect(result.errors.join('\n')).toMatch(/--encoding windows-1252/);
    expect(result.errors.at(-1)).toBe('Nothing was written.');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it.each(['windows-1252', 'latin1'])('reads it with --encoding %s, French names intact', async (encoding) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'returns.csv'), windows1252);
    // The Member list in Windows-1252 too, as the same Excel would save it.
    const members = illustrativeDataset().members.members;
    const lines = ['code,name_en,name_fr,region,kind,joined'];
    const quoted = (field: string | number) => `"${String(field).replace(/"/g, '""')}"`;
    for (const m of members)
      lines.push([m.code, m.name.en, m.name.fr, m.region, m.kind, m.joined].map(quoted).join(','));
    writeFileSync(join(dir, 'members.csv'), encode1252(lines.join('\r\n')));
    const result = await importFile(join(dir, 'returns.csv'), join(dir, 'out'), [
      '--encoding',
      encoding,
      '--members',
      join(dir, 'members.csv'),
    ]);
    expect(result.errors).toEqual([]);
    const written = JSON.parse(readFileSync(join(dir, 'out', 'members.json'), 'utf8')) as {
      members: { code: string; name: { fr: string } }[];
    };
    expect(written.members.find((m) => m.code === 'CIV')?.name.fr).toBe("Côte d'Ivoire");
    expect(written.members.find((m) => m.code === 'SEN')?.name.fr).toBe('Sénégal');
    expect(written.members.map((m) => m.name.fr)).toEqual(members.map((m) => m.name.fr));
  });

  it('refuses an unknown encoding as a usage error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'returns.csv'), HEADER);
    expect((await importFile(join(dir, 'returns.csv'), join(dir, 'out'), ['--encoding', 'ebcdic'])).status).toBe(2);
  });
});

/** Windows-1252 bytes of a text (the characters these tests use). */
function encode1252(text: string): Buffer {
  const special: Record<string, number> = { '’': 0x92, '–': 0x96, '—': 0x97, '‘': 0x91, '“': 0x93, '”': 0x94 };
  return Buffer.from(
    Array.from(text, (ch) => {
      const code = ch.codePointAt(0) ?? 0x3f;
      if (special[ch] !== undefined) return special[ch];
      return code < 0x100 ? code : 0x3f;
    }),
  );
}

describe('--check', () => {
  it('reports a valid file and writes nothing (exit 0)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'returns.csv'), [HEADER, 'KEN,PAX.API,2020,3,validated,final,2021-03-01'].join('\n'));
    const result = await importFile(join(dir, 'returns.csv'), join(dir, 'out'), ['--check']);
    expect(result.status).toBe(0);
    expect(result.log[0]).toMatch(/returns\.csv is valid: 1 rows\. Nothing was written \(--check\)\./);
    expect(result.log.join('\n')).toMatch(/2020\s+1\s+1/);
    expect(readdirSync(dir)).toEqual(['returns.csv']);
  });

  it('reports every bad row and exits 1, writing nothing', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'returns.csv'),
      [HEADER, 'KEN,PAX.API,2020,9,validated,final,2021-03-01', 'KEN,PAX.PNR,2020,x,validated,final,2021-03-01'].join(
        '\n',
      ),
    );
    const result = await importFile(join(dir, 'returns.csv'), join(dir, 'out'), ['--check']);
    expect(result.status).toBe(1);
    expect(result.errors.filter((line) => /line \d/.test(line))).toHaveLength(2);
    expect(result.errors.at(-1)).toMatch(/2 problem\(s\) in .*returns\.csv\. The file is not valid\./);
    expect(readdirSync(dir)).toEqual(['returns.csv']);
  });
});

describe('--merge', () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  const full = illustrativeDataset(new Date(`${AS_OF}T00:00:00Z`)).observations;
  /** observations.json's submission lines of each cycle, exactly as written. */
  const linesByCycle = () => {
    const byCycle = new Map<number, string[]>();
    for (const line of readFileSync(join(out, 'observations.json'), 'utf8').split('\n')) {
      const cycle = /^\{"member":"[A-Z]+","cycle":(\d{4}),/.exec(line)?.[1];
      if (cycle) byCycle.set(Number(cycle), [...(byCycle.get(Number(cycle)) ?? []), line]);
    }
    return byCycle;
  };

  beforeAll(async () => {
    writeFileSync(join(dir, 'all.csv'), observationsToCsv(full));
    expect((await importFile(join(dir, 'all.csv'), out)).status).toBe(0);
  }, 60_000);

  it('replaces the cycle in the input and leaves every other cycle byte-identical', async () => {
    const before = linesByCycle();
    const framework = readFileSync(join(out, 'framework.json'), 'utf8');
    const members = readFileSync(join(out, 'members.json'), 'utf8');
    // The 2020 returns again, corrected: Kenya now reports PAX.API at stage 4 (and two values fewer).
    const cycle2020 = full.submissions.filter((s) => s.cycle === 2020);
    const corrected = cycle2020.map((s) => (s.member === 'KEN' ? { ...s, values: { ...s.values, 'PAX.API': 4 } } : s));
    writeFileSync(join(dir, '2020.csv'), observationsToCsv({ ...full, submissions: corrected }));
    const result = await importFile(join(dir, '2020.csv'), out, ['--merge']);
    expect(result.errors).toEqual([]);
    expect(result.log[0]).toMatch(/--merge: cycle\(s\) 2020 from 2020\.csv; cycle\(s\) 2015, 2016, .* kept from/);

    const after = linesByCycle();
    expect([...after.keys()]).toEqual([...before.keys()]);
    const others = (byCycle: Map<number, unknown>) => [...byCycle].filter(([cycle]) => cycle !== 2020);
    expect(others(after)).toEqual(others(before));
    expect(after.get(2020)).not.toEqual(before.get(2020));
    const kenya = readObservations(out).submissions.filter((s) => s.member === 'KEN' && s.cycle === 2020);
    expect(kenya.some((s) => s.values['PAX.API'] === 4)).toBe(true);
    expect(readFileSync(join(out, 'framework.json'), 'utf8')).toBe(framework);
    expect(readFileSync(join(out, 'members.json'), 'utf8')).toBe(members);
    expect(readObservations(out).source.name).toBe('Imported from 2020.csv and earlier imports');
  }, 60_000);

  it('writes nothing when the new cycle has a bad row', async () => {
    const before = readFileSync(join(out, 'observations.json'), 'utf8');
    writeFileSync(join(dir, 'bad.csv'), [HEADER, 'KEN,PAX.API,2021,7,validated,final,2022-03-01'].join('\n'));
    const result = await importFile(join(dir, 'bad.csv'), out, ['--merge']);
    expect(result.status).toBe(1);
    expect(result.errors.at(-1)).toMatch(/Nothing was written/);
    expect(readFileSync(join(out, 'observations.json'), 'utf8')).toBe(before);
  }, 60_000);

  it('refuses to merge into a folder whose observations.json is broken, naming it', async () => {
    const broken = join(dir, 'broken');
    expect((await importFile(join(dir, 'all.csv'), broken, ['--check'])).status).toBe(0);
    const input = join(dir, 'one.csv');
    writeFileSync(input, [HEADER, 'KEN,PAX.API,2021,3,validated,final,2022-03-01'].join('\n'));
    expect((await importFile(input, broken)).status).toBe(0);
    writeFileSync(join(broken, 'observations.json'), '{"asOf":"2026-01-01"}');
    const result = await importFile(input, broken, ['--merge']);
    expect(result.status).toBe(1);
    expect(result.errors.join('\n')).toMatch(/observations\.json: source: .*cannot be merged into/s);
  });
});
