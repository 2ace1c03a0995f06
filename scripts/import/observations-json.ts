// observations.json as the import writes it: valid JSON with one submission per line, in cycle order, each
// with its fields in one fixed order. A merge that replaces one cycle then leaves every other cycle's lines
// byte-identical (a line diff shows exactly what a new return changed), which a test checks.
import type { ObservationsDocument, SubmissionRecord } from '../../src/api/schemas/observations';

/** A submission with its fields in the one order the file uses (values keep their own order). */
function canonical(submission: SubmissionRecord): SubmissionRecord {
  const { member, cycle, submitted, provenance, status, values } = submission;
  return { member, cycle, submitted, provenance, status, values };
}

/** Submissions grouped by cycle, oldest first; within a cycle, in the order given (a stable sort). */
export function byCycle(submissions: readonly SubmissionRecord[]): SubmissionRecord[] {
  return [...submissions].sort((a, b) => a.cycle - b.cycle);
}

export function observationsJson(document: ObservationsDocument): string {
  const head = JSON.stringify({ asOf: document.asOf, source: document.source });
  const lines = byCycle(document.submissions).map((submission) => JSON.stringify(canonical(submission)));
  const list = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`;
  return `${head.slice(0, -1)},"submissions":${list}}`;
}

/**
 * `--merge`: the submissions of the cycles in `incoming` replace that cycle's submissions in `existing`;
 * every other cycle is kept as it was.
 */
export function mergeCycles(
  existing: readonly SubmissionRecord[],
  incoming: readonly SubmissionRecord[],
): { submissions: SubmissionRecord[]; replaced: number[]; kept: number[] } {
  const cycles = new Set(incoming.map((submission) => submission.cycle));
  const keptSubmissions = existing.filter((submission) => !cycles.has(submission.cycle));
  const sorted = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);
  return {
    submissions: [...keptSubmissions, ...incoming],
    replaced: sorted(cycles),
    kept: sorted(keptSubmissions.map((submission) => submission.cycle)),
  };
}
