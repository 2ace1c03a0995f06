// `npm run bench` (part 3): how long the import takes on a 50,000-row file ("seconds, not minutes").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { illustrativeDataset } from '../mocks/dataset';
import { runImport } from './data-import';

const ROWS = 50_000;
const VALUES = { yesno: 1, stage: 2, percent: 40.5, count: 12, currency: 1000 } as const;

const { framework, members } = illustrativeDataset(new Date('2026-11-28T00:00:00Z'));
const lines = ['member,indicator,cycle,value,provenance,status,submitted'];
outer: for (const member of members.members) {
  for (const indicator of framework.indicators) {
    for (let cycle = Math.max(2015, member.joined); cycle <= 2025; cycle++) {
      if (lines.length > ROWS) break outer;
      lines.push(
        `${member.code},${indicator.code},${cycle},${VALUES[indicator.type]},validated,final,${cycle + 1}-03-01`,
      );
    }
  }
}
const dir = mkdtempSync(join(tmpdir(), 'spd-bench-import-'));
const input = join(dir, 'returns.csv');
writeFileSync(input, `${lines.join('\n')}\n`);

const start = performance.now();
const status = await runImport([input, '--out', join(dir, 'out'), '--as-of', '2026-11-28'], {
  log: () => undefined,
  error: (line) => {
    console.error(line);
  },
});
const seconds = (performance.now() - start) / 1000;
console.log(`\nimport of ${lines.length - 1} rows: ${seconds.toFixed(2)} s (exit ${status})`);
if (status !== 0) process.exitCode = 1;
