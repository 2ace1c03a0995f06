// The dataset query: the three contract documents, fetched together, validated and decoded. After each good
// load the documents are saved in the browser; when a later load fails and nothing newer is on screen, the
// saved copy is shown instead, marked with when it was saved, and the query keeps trying for fresh data.
import { queryOptions, type Query } from '@tanstack/react-query';
import type { Dataset } from '@/domain/types';
import { apiBase, fetchDocumentTexts } from './client';
import { startContractCheck } from './contract-check';
import { scoresOfSteps } from '@/domain/score-table';
import { decodeSteps } from './decode';
import { inSlices } from './in-slices';
import { isLoadError } from './errors';
import { requestSettings, runtimeConfig, runtimeConfigReady, type RequestSettings } from './runtime-config';
import type { ContractDocuments, ContractTexts } from './saved-copy';

/** A dataset shown from the browser's saved copy because the data server failed. */
export interface SavedCopyInfo {
  /** When the copy was fetched from the data server (epoch milliseconds). */
  readonly savedAt: number;
  /** Why fresh data could not be had. */
  readonly reason: unknown;
}

export interface LoadedDataset extends Dataset {
  /** Present when this is the saved copy rather than fresh data. */
  readonly savedCopy?: SavedCopyInfo;
}

/** While a saved copy or a failure that may pass is on screen, fresh data is tried this often (and on reconnecting). */
export const REFRESH_RETRY_MS = 30_000;

const STALE_MS = 60_000;

/** The documents decoded and scored a slice at a time: the views' models then read the scores already made. */
async function made(documents: ContractDocuments): Promise<LoadedDataset> {
  const dataset = await inSlices(decodeSteps(documents.framework, documents.members, documents.observations));
  await inSlices(scoresOfSteps(dataset));
  return dataset;
}

export function datasetQueryOptions(
  base: string = apiBase(runtimeConfig().apiBase),
  request: RequestSettings = requestSettings(),
) {
  return queryOptions({
    // How the request is made is part of what it answers: with or without the user's login.
    queryKey: ['dataset', base, request],
    // Until config.json has been read the base URL is not known (useDatasetView re-renders once it is).
    enabled: runtimeConfigReady(),
    queryFn: async ({ signal, client, queryKey }): Promise<LoadedDataset> => {
      // The contract check's worker starts loading now, while the documents download.
      const check = startContractCheck();
      signal.addEventListener('abort', check.stop);
      try {
        const texts = await fetchDocumentTexts(base, { ...request, signal });
        const { parsed, checked } = check.documents(texts);
        // The page decodes and scores what it has parsed while the worker checks it; what it makes is used only
        // once the check has passed, and where it fails on broken data, the check's words say what is broken.
        const early = parsed
          ? made(parsed).catch(async (error: unknown) => {
              await checked;
              throw error;
            })
          : null;
        early?.catch(() => undefined);
        const documents = await checked;
        const dataset = early && documents === parsed ? await early : await made(documents);
        keepCopy(base, texts);
        return dataset;
      } catch (error) {
        check.stop();
        const current = client.getQueryData<LoadedDataset>(queryKey);
        // Fresh data already on screen stays there, with the error beside it.
        if (signal.aborted || (current !== undefined && current.savedCopy === undefined)) throw error;
        const copy = await savedCopy(base, error);
        if (copy === undefined) throw error;
        return copy;
      }
    },
    // The data changes once a year at most while a cycle is open; a minute of freshness is plenty. While a
    // saved copy is shown, fresh data is tried every half minute and as soon as the browser is back online.
    staleTime: (query: Query<LoadedDataset>) => (query.state.data?.savedCopy ? REFRESH_RETRY_MS : STALE_MS),
    // Once the automatic retries are spent, a failure that may pass (network, time-out, 5xx) is tried again on the
    // same rhythm, as the error message promises.
    refetchInterval: (query: Query<LoadedDataset>) =>
      query.state.data?.savedCopy || (query.state.status === 'error' && isRetryable(query.state.error))
        ? REFRESH_RETRY_MS
        : false,
    refetchOnReconnect: 'always',
    // Ask the network even when the browser says it is offline: the answer (or the saved copy) is better than waiting.
    networkMode: 'always',
    // A refusal (401/403) is said at once: retrying before the user has signed in cannot help, but the half-minute
    // rhythm above picks the data up once they have, without a click.
    retry: (failures, error) => isRetryable(error) && !isRefused(error) && failures < 3,
  });
}

function isRetryable(error: unknown): boolean {
  return !isLoadError(error) || error.retryable;
}

function isRefused(error: unknown): boolean {
  return isLoadError(error) && error.refused;
}

let saving: Promise<void> = Promise.resolve();

/** Saves the documents once the page is idle; storage is a convenience, so a failure to save is ignored. */
function keepCopy(base: string, texts: ContractTexts): void {
  const idle = (run: () => void) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
    else setTimeout(run, 0);
  };
  saving = saving.then(
    () =>
      new Promise<void>((resolve) => {
        idle(() => {
          import('./saved-copy')
            .then(({ saveCopy }) => saveCopy(base, texts))
            .catch(() => undefined)
            .finally(resolve);
        });
      }),
  );
}

/** Resolves once every save begun so far has ended (tests wait for it between cases). */
export function savesSettled(): Promise<void> {
  return saving;
}

/** The saved copy from `base` in place of fresh data that failed to load for `reason`, if there is one. */
async function savedCopy(base: string, reason: unknown): Promise<LoadedDataset | undefined> {
  try {
    const { restoreCopy } = await import('./saved-copy');
    return await restoreCopy(base, reason);
  } catch {
    return undefined; // no IndexedDB here (private mode, old browser): nothing saved
  }
}
