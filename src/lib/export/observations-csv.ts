// Observations as the import's CSV (one row per reported value): the whole-dataset download on the Methodology
// page and `npm run data:export` write the same columns, so a download can be edited and imported again.
import type { ObservationsDocument } from '@/api/schemas/observations';
import type { Dataset, Observation } from '@/domain/types';
import { toCsv } from './csv';

/** The import format's columns (scripts/import/rows.ts reads exactly these). */
export const OBSERVATION_COLUMNS = ['member', 'indicator', 'cycle', 'value', 'provenance', 'status', 'submitted'];

export function observationRowsToCsv(observations: Iterable<Observation>): string {
  const rows = [];
  for (const o of observations) {
    rows.push([o.member, o.indicator, o.cycle, o.value, o.provenance, o.status, o.submitted]);
  }
  return toCsv(OBSERVATION_COLUMNS, rows);
}

/** The contract's observations document, in the order it lists its submissions. */
export function observationsToCsv(document: ObservationsDocument): string {
  return observationRowsToCsv(
    document.submissions.flatMap((submission) =>
      Object.entries(submission.values).map(([indicator, value]) => ({ ...submission, indicator, value })),
    ),
  );
}

/** Every observation of a loaded dataset: by Member (as listed), cycle, then indicator in framework order. */
export function* datasetObservations(dataset: Dataset): Generator<Observation> {
  const indicators = dataset.framework.indicators.map((indicator) => indicator.code);
  for (const member of dataset.members) {
    const byCycle = dataset.observations.get(member.code);
    if (!byCycle) continue;
    for (const cycle of [...byCycle.keys()].sort((a, b) => a - b)) {
      const report = byCycle.get(cycle);
      for (const code of indicators) {
        const observation = report?.get(code);
        if (observation) yield observation;
      }
    }
  }
}
