// `npm run data:export -- [--from dir] [--out observations.csv]`: writes contract observations as the
// import's CSV (one row per value), from a folder of contract files or, by default, the illustrative dataset.
// Exporting and importing again gives the same contract content (a test checks it). The CSV itself is written
// by src/lib/export/observations-csv.ts, shared with the Methodology page's download.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { observationsSchema } from '../src/api/schemas/observations';
import { illustrativeDataset } from '../mocks/dataset';
import { observationsToCsv } from '../src/lib/export/observations-csv';

export { observationsToCsv };

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
