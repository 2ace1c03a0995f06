// The sliced check of observations.json must say exactly what the whole schema says: the same document when it
// is valid, the same issues (paths and words) when it is not.
import { describe, expect, it } from 'vitest';
import { illustrativeDataset } from '@mocks/dataset';
import { parseDocument } from './client';
import { isLoadError, type LoadError } from './errors';
import { parseObservations } from './observations-document';
import { observationsSchema } from './schemas/observations';

async function failureOf(promise: Promise<unknown>): Promise<LoadError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isLoadError(error)) throw new Error(`expected a LoadError, got ${String(error)}`);
  return error;
}

function wholeSchemaFailure(text: string): LoadError {
  try {
    parseDocument('observations.json', text, observationsSchema);
  } catch (error) {
    if (isLoadError(error)) return error;
    throw error;
  }
  throw new Error('the whole schema accepted the document');
}

describe('observations.json checked a slice at a time', () => {
  const { observations } = illustrativeDataset();

  it('gives the document the whole schema gives, over many slices', async () => {
    expect(observations.submissions.length).toBeGreaterThan(1000);
    const text = JSON.stringify(observations);
    expect(await parseObservations(text)).toEqual(parseDocument('observations.json', text, observationsSchema));
  });

  it('lists the same issues as the whole schema, wherever they are', async () => {
    const submissions = observations.submissions.map((submission, i) =>
      i === 3
        ? { ...submission, cycle: 'last year' }
        : i === 1700
          ? { ...submission, provenance: 'rumour', values: { X: 'yes' } }
          : submission,
    );
    const text = JSON.stringify({ ...observations, asOf: '28/11/2026', submissions });
    const sliced = await failureOf(parseObservations(text));
    const whole = wholeSchemaFailure(text);
    expect(sliced.kind).toBe('contract');
    expect(sliced.details.issues).toEqual(whole.details.issues);
    expect(sliced.message).toBe(whole.message);
    expect(sliced.details.issues?.map((issue) => issue.path)).toEqual([
      'asOf',
      'submissions[3].cycle',
      'submissions[1700].provenance',
      'submissions[1700].values.X',
    ]);
  });

  it('names a web page and broken JSON as the other documents do', async () => {
    expect((await failureOf(parseObservations('<!doctype html><html></html>'))).kind).toBe('not-json');
    expect((await failureOf(parseObservations('{"asOf": '))).kind).toBe('malformed');
    expect((await failureOf(parseObservations('{"asOf": "2026-11-28"}'))).message).toBe(
      wholeSchemaFailure('{"asOf": "2026-11-28"}').message,
    );
  });
});
