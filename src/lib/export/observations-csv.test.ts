// @vitest-environment jsdom
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { illustrativeDataset } from '@mocks/dataset';
import { mockDataset } from '../../../tests/engine';
import { datasetObservations, OBSERVATION_COLUMNS, observationRowsToCsv, observationsToCsv } from './observations-csv';
import { COLUMNS } from '../../../scripts/import/rows';

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

describe('observations as CSV', () => {
  it('has the import format’s columns', () => {
    expect(OBSERVATION_COLUMNS).toEqual([...COLUMNS]);
  });

  it('writes one row per reported value of the contract document', () => {
    const document = illustrativeDataset().observations;
    const values = document.submissions.reduce((sum, submission) => sum + Object.keys(submission.values).length, 0);
    const parsed = parse(observationsToCsv(document));
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(values);
  });

  it('lists every observation of a loaded dataset with its provenance', () => {
    const dataset = mockDataset();
    let count = 0;
    for (const byCycle of dataset.observations.values()) for (const report of byCycle.values()) count += report.size;
    const rows = parse(observationRowsToCsv(datasetObservations(dataset))).data;
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((row) => row.provenance))).toEqual(new Set(['self-reported', 'validated']));
  });
});
