// `npm run data:export -- [--from dir] [--out observations.csv]`: writes contract observations as the
// import's CSV (one row per value), from a folder of contract files or, by default, the illustrative dataset.
// Exporting and importing again gives the same contract content (a test checks it).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { observationsSchema, type ObservationsDocument } from '../src/api/schemas/observations';
import { illustrativeDataset } from '../mocks/dataset';
import { COLUMNS } from './import/rows';

export function observationsToCsv(document: ObservationsDocument): string {
  const rows = document.submissions.flatMap((submission) =>
    Object.entries(submission.values).map(([indicator, value]) => [
      submission.member,
      indicator,
      submission.cycle,
      value,
      submission.provenance,
      submission.status,
      submission.submitted,
    ]),
  );
  return Papa.unparse({ fields: [...COLUMNS], data: rows }, { newline: '\n' }) + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, out: { type: 'string', default: 'observations.csv' } },
  });
  const document = values.from
    ? observationsSchema.parse(JSON.parse(readFileSync(join(values.from, 'observations.json'), 'utf8')))
    : illustrativeDataset().observations;
  writeFileSync(values.out, observationsToCsv(document));
  console.log(`Wrote ${values.out}`);
}
