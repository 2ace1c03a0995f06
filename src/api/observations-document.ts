// observations.json holds thousands of submissions: checked in one go they would hold the page for a long,
// unbroken task (Lighthouse's blocking time, a frozen page on a slow phone). Here they are checked a slice at
// a time, giving the page a turn between slices, with the same result and the same issues as the whole schema.
import { contractIssues, parseJson } from './client';
import { contractError } from './errors';
import { yieldToPage } from './in-slices';
import type { ContractIssue } from './errors';
import {
  observationsEnvelopeSchema,
  submissionSchema,
  type ObservationsDocument,
  type SubmissionRecord,
} from './schemas/observations';

const DOCUMENT = 'observations.json';
/** About 4 ms of checking on a laptop, under Lighthouse's 50 ms at its 4× phone slow-down. */
const SLICE = 100;

export async function parseObservations(text: string): Promise<ObservationsDocument> {
  const json = parseJson(DOCUMENT, text);
  const envelope = observationsEnvelopeSchema.safeParse(json);
  const issues: ContractIssue[] = envelope.success ? [] : contractIssues(envelope.error.issues);
  const items = envelope.success ? envelope.data.submissions : submissionsOf(json);
  const submissions: SubmissionRecord[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await yieldToPage();
    items.slice(start, start + SLICE).forEach((item, offset) => {
      const result = submissionSchema.safeParse(item);
      if (result.success) submissions.push(result.data);
      else issues.push(...contractIssues(result.error.issues, ['submissions', start + offset]));
    });
  }
  if (!envelope.success || issues.length > 0) throw contractError(DOCUMENT, issues);
  return { ...envelope.data, submissions };
}

/** The submissions of a document whose other parts are broken, so that their issues are listed too. */
function submissionsOf(json: unknown): readonly unknown[] {
  const submissions: unknown = typeof json === 'object' && json !== null ? Reflect.get(json, 'submissions') : undefined;
  return Array.isArray(submissions) ? (submissions as unknown[]) : [];
}
