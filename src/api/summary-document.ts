// The optional summary document (schemas/summary.ts): written from a dataset by the same engine the page uses,
// and fetched by the Overview and the scorecards before the dataset. A server without one answers 404, and they
// then wait for the dataset as every other view does.
import { queryOptions } from '@tanstack/react-query';
import { indexOnlyDataset, memberIndex } from '@/domain/index-table';
import { overviewFacts, type OverviewInput } from '@/domain/overview-facts';
import type { Dataset, Framework } from '@/domain/types';
import { fetchDocumentText, parseDocument } from './client';
import { isLoadError } from './errors';
import { frameworkSchema } from './schemas/framework';
import { membersSchema } from './schemas/members';
import { summarySchema, type SummaryDocument } from './schemas/summary';
import { contractTarget, runtimeConfigReady } from './runtime-config';

export const SUMMARY_DOCUMENT = 'summary.json';

/** The summary of a dataset, as the build writes it. */
export function summaryDocument(dataset: Dataset): SummaryDocument {
  const { asOf, name, illustrative } = dataset.source;
  return { asOf, source: { name, illustrative }, overview: overviewFacts(dataset), memberIndex: memberIndex(dataset) };
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
 * Fetches `documents` with the summary and makes `made` of their texts; null where the server has no summary (404)
 * or it cannot be used: the summary is a short cut, and whatever is wrong with the data proper is said when the
 * dataset loads.
 */
function summaryQuery<T>(
  name: string,
  documents: readonly string[],
  made: (summary: SummaryDocument, texts: readonly string[]) => T | null,
) {
  const { base, request } = contractTarget();
  // `name` says what is made of which documents.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: [name, base, request],
    enabled: runtimeConfigReady(),
    queryFn: async ({ signal }): Promise<T | null> => {
      try {
        const [summary = '', ...texts] = await Promise.all(
          [SUMMARY_DOCUMENT, ...documents].map((document) => fetchDocumentText(base, document, { ...request, signal })),
        );
        return made(parseDocument(SUMMARY_DOCUMENT, summary, summarySchema), texts);
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

/** The Overview's summary with the framework, or null (summaryQuery). */
export function summaryQueryOptions() {
  return summaryQuery('summary', ['framework.json'], (summary, [framework = '']): SummaryLoad => ({
    input: summaryInput(summary, parseDocument('framework.json', framework, frameworkSchema)),
    frameworkText: framework,
  }));
}

/**
 * The summary's Index of every Member with the framework and the Members, as a dataset whose scores are the Index
 * alone (domain/index-table.ts): a scorecard's first screen. Null where there is no summary, or it has no Index of
 * the Members or one made for other Members or cycles.
 */
export function indexSummaryQueryOptions() {
  return summaryQuery(
    'summary-index',
    ['framework.json', 'members.json'],
    (summary, [framework = '', members = '']) => {
      if (!summary.memberIndex) return null;
      return indexOnlyDataset(
        parseDocument('framework.json', framework, frameworkSchema),
        parseDocument('members.json', members, membersSchema).members,
        { ...summary.source, asOf: summary.asOf },
        summary.memberIndex,
      );
    },
  );
}
