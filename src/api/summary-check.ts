// Whether the summary document on screen still fits the data: the documents are fetched, checked and saved in a
// worker (summary-check.worker.ts), which answers with the data's asOf. Without workers (old browsers, tests in
// jsdom) the answer is undefined and the caller loads the dataset on the page, as every view does.
import type { RequestSettings } from './runtime-config';

export interface SummaryCheckRequest {
  readonly base: string;
  readonly request: RequestSettings;
  /** framework.json as the page already has it, if it does. */
  readonly frameworkText?: string;
}

/** The data's asOf, or why it could not be had (the summary then stays: the dataset's own load will say why). */
export type SummaryCheckAnswer = { readonly asOf: string } | { readonly failed: string };

export function canCheckOffThread(): boolean {
  return typeof Worker === 'function';
}

export function checkSummary(
  base: string,
  request: RequestSettings,
  frameworkText?: string,
): Promise<SummaryCheckAnswer> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./summary-check.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      resolve({ failed: String(error) });
      return;
    }
    worker.onmessage = (event: MessageEvent<SummaryCheckAnswer>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      resolve({ failed: event.message || 'the check could not run' });
      worker.terminate();
    };
    worker.postMessage({
      base,
      request,
      ...(frameworkText === undefined ? {} : { frameworkText }),
    } satisfies SummaryCheckRequest);
  });
}
