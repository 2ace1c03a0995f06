// `npm run data:export -- [--from dir] [--out observations.csv|observations.xlsx]`: writes contract observations
// as the import's rows (one per value), from a folder of contract files or, by default, the illustrative dataset;
// as CSV, or as an Excel workbook when --out ends in .xlsx. Exporting and importing again gives the same
// contract content (tests check both formats). The CSV itself is written by src/lib/export/observations-csv.ts,
// shared with the Methodology page's download.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { observationsSchema, type ObservationsDocument } from '../src/api/schemas/observations';
import { illustrativeDataset } from '../mocks/dataset';
import { observationsToCsv } from '../src/lib/export/observations-csv';
import { writeXlsx } from './import/xlsx';

export { observationsToCsv };

/** The import's rows of a document, in the order it lists its submissions (the CSV's order too). */
export function observationRows(document: ObservationsDocument): (string | number)[][] {
  return document.submissions.flatMap((submission) =>
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
}

export async function exportObservations(document: ObservationsDocument, out: string): Promise<void> {
  if (out.toLowerCase().endsWith('.xlsx')) await writeXlsx(out, observationRows(document));
  else writeFileSync(out, observationsToCsv(document));
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, out: { type: 'string', default: 'observations.csv' } },
  });
  const document = values.from
    ? observationsSchema.parse(JSON.parse(readFileSync(join(values.from, 'observations.json'), 'utf8')))
    : illustrativeDataset().observations;
  await exportObservations(document, values.out);
  console.log(`Wrote ${values.out}`);
}
