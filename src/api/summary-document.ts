// The optional summary document (schemas/summary.ts): written from a dataset by the same engine the page uses,
// and fetched by the Overview before the dataset. A server without one answers 404, and the Overview then waits
// for the dataset as every other view does.
import { queryOptions } from '@tanstack/react-query';
import { overviewFacts, type OverviewInput } from '@/domain/overview-facts';
import type { Dataset, Framework } from '@/domain/types';
import { fetchDocumentText, parseDocument } from './client';
import { isLoadError } from './errors';
import { frameworkSchema } from './schemas/framework';
import { summarySchema, type SummaryDocument } from './schemas/summary';
import { contractTarget, runtimeConfigReady } from './runtime-config';

export const SUMMARY_DOCUMENT = 'summary.json';

/** The summary of a dataset, as the build writes it. */
export function summaryDocument(dataset: Dataset): SummaryDocument {
  const { asOf, name, illustrative } = dataset.source;
  return { asOf, source: { name, illustrative }, overview: overviewFacts(dataset) };
}

/** The Overview's input from a summary and the framework it was computed with. */
export function summaryInput(summary: SummaryDocument, framework: Framework): OverviewInput {
  return { framework, source: { ...summary.source, asOf: summary.asOf }, facts: summary.overview };
}

/** A summary as loaded: the Overview's input, and the framework's text (the summary's check need not fetch it again). */
export interface SummaryLoad {
  readonly input: OverviewInput;
  readonly frameworkText: string;
}

/**
 * The summary with the framework, or null where the server has none (404) or it cannot be used: the summary is
 * a short cut, and whatever is wrong with the data proper is said when the dataset loads.
 */
export function summaryQueryOptions() {
  const { base, request } = contractTarget();
  return queryOptions({
    queryKey: ['summary', base, request],
    enabled: runtimeConfigReady(),
    queryFn: async ({ signal }): Promise<SummaryLoad | null> => {
      const options = { ...request, signal };
      try {
        const [summary, framework] = await Promise.all([
          fetchDocumentText(base, SUMMARY_DOCUMENT, options),
          fetchDocumentText(base, 'framework.json', options),
        ]);
        const input = summaryInput(
          parseDocument(SUMMARY_DOCUMENT, summary, summarySchema),
          parseDocument('framework.json', framework, frameworkSchema),
        );
        return { input, frameworkText: framework };
      } catch (error) {
        if (signal.aborted || !isLoadError(error)) throw error;
        return null;
      }
    },
    staleTime: Infinity,
    retry: false,
    // Offline, the answer (a failure, so the dataset and its saved copy) is wanted at once, not on reconnecting.
    networkMode: 'always',
  });
}
