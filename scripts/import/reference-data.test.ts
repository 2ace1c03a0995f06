// @vitest-environment node
// The reference data in data/ (what the import uses by default and the illustrative generator builds on) is a
// valid framework and Member list, and the import and the generator really read it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDataset } from '../../src/api/decode';
import { frameworkSchema } from '../../src/api/schemas/framework';
import { membersSchema } from '../../src/api/schemas/members';
import { REFERENCE_FILES, referenceFramework, referenceMembers } from '../../data/reference';
import { generateDataset } from '../../mocks/data/generate';
import { runImport } from '../data-import';

const read = (file: URL) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

describe('data/framework.json and data/members.json', () => {
  it('follow the contract and agree with each other', () => {
    const framework = frameworkSchema.parse(read(REFERENCE_FILES.framework));
    const members = membersSchema.parse(read(REFERENCE_FILES.members));
    expect(() =>
      decodeDataset(framework, members, {
        asOf: '2025-01-01',
        source: { name: 'x', illustrative: false },
        submissions: [],
      }),
    ).not.toThrow();
    expect(framework.indicators.length).toBeGreaterThan(20);
    expect(members.members.length).toBeGreaterThan(180);
  });

  it('are what the illustrative generator uses', () => {
    const dataset = generateDataset({ seed: 1, currentYear: 2026, asOf: '2026-06-01' });
    expect(dataset.members.members.map((member) => member.code)).toEqual(
      referenceMembers().members.map((member) => member.code),
    );
    expect(dataset.framework.indicators).toEqual(referenceFramework().indicators);
  });

  it('are what the import checks against by default: a Member added to a copy is unknown to the default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spd-reference-'));
    const members = membersSchema.parse(read(REFERENCE_FILES.members));
    const withNew = {
      members: [
        ...members.members,
        { code: 'ZZA', name: { en: 'Zedland', fr: 'Zédlande' }, region: 'EUR', kind: 'state', joined: 2025 },
      ],
    };
    writeFileSync(join(dir, 'members.json'), JSON.stringify(withNew));
    const input = join(dir, 'returns.csv');
    writeFileSync(
      input,
      'member,indicator,cycle,value,provenance,status,submitted\nZZA,PAX.API,2025,2,validated,final,2026-01-15\n',
    );
    const errors: string[] = [];
    const io = { log: () => undefined, error: (line: string) => errors.push(line) };
    const args = [input, '--out', join(dir, 'out'), '--as-of', '2026-02-01', '--check'];
    expect(await runImport(args, io)).toBe(1);
    expect(errors[0]).toMatch(/line 2, member: unknown Member code "ZZA"/);
    expect(await runImport([...args, '--members', join(dir, 'members.json')], io)).toBe(0);
  });

  it('names a broken reference file and the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spd-reference-'));
    const framework = read(REFERENCE_FILES.framework) as { indicators: { type: string }[] };
    const first = framework.indicators[0];
    if (first) first.type = 'score';
    writeFileSync(join(dir, 'framework.json'), JSON.stringify(framework));
    const input = join(dir, 'returns.csv');
    writeFileSync(input, 'member,indicator,cycle,value,provenance,status,submitted\n');
    const errors: string[] = [];
    const status = await runImport([input, '--framework', join(dir, 'framework.json'), '--check'], {
      log: () => undefined,
      error: (line) => errors.push(line),
    });
    expect(status).toBe(1);
    expect(errors[0]).toContain(`${join(dir, 'framework.json')}: indicators.0.type: must be one of`);
  });
});
