// The Overview's one way to its models: from the summary document (api/summary-document.ts) as soon as it is
// here and for as long as it fits the data, else from the dataset, as every other view. Both give the select the
// same input (domain/overview-facts.ts), so the figures are the same either way. With a summary on screen, once
// the page is idle a worker fetches and checks the data and keeps the saved copy (api/summary-check.ts): if the
// data's asOf is not the summary's, the dataset is loaded here and its figures replace the summary's. Without a
// summary (or without workers) the dataset is loaded here as on every view.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { datasetQueryOptions, type LoadedDataset } from '@/api/dataset';
import { contractTarget, onRuntimeConfigReady, runtimeConfigReady } from '@/api/runtime-config';
import { canCheckOffThread, checkSummary, type SummaryCheckAnswer } from '@/api/summary-check';
import { summaryQueryOptions, type SummaryLoad } from '@/api/summary-document';
import { overviewInput, type OverviewInput } from '@/domain/overview-facts';
import type { Dataset, Lang } from '@/domain/types';
import { useDatasetIfLoaded, type ViewResult } from '@/lib/dataset-view';
import { useIdleOnceDrawn } from '@/lib/idle';
import { useTransitionStore } from '@/lib/transition-store';

const inputs = new WeakMap<Dataset, OverviewInput>();

/** One input per dataset, shared by the page's selects. */
function inputOf(dataset: Dataset): OverviewInput {
  let made = inputs.get(dataset);
  if (!made) {
    made = overviewInput(dataset);
    inputs.set(dataset, made);
  }
  return made;
}

const selectAsOf = (dataset: LoadedDataset): string => dataset.source.asOf;
const selectNothing = (): null => null;

/** The Overview's model from `select` (defined outside components). */
export function useOverviewView<T>(select: (input: OverviewInput, lang: Lang) => T, lang: Lang): ViewResult<T> {
  useTransitionStore(onRuntimeConfigReady, runtimeConfigReady);
  const fromSummary = useCallback(
    (load: SummaryLoad | null) =>
      load === null ? null : { ...load, asOf: load.input.source.asOf, model: select(load.input, lang) },
    [select, lang],
  );
  const fromDataset = useCallback((dataset: LoadedDataset) => select(inputOf(dataset), lang), [select, lang]);
  const summary = useQuery({ ...summaryQueryOptions(), select: fromSummary });
  const ready = summary.data ?? null;
  const idle = useIdleOnceDrawn(ready !== null);
  const offThread = canCheckOffThread();
  // The dataset's asOf if another view has loaded it, else the worker's answer.
  const loadedAsOf = useDatasetIfLoaded(selectAsOf).data;
  const check = useSummaryCheck(ready !== null && idle && offThread && loadedAsOf === undefined, ready);
  const dataAsOf = loadedAsOf ?? (check !== undefined && 'asOf' in check ? check.asOf : undefined);
  // A check that failed proves nothing: the dataset is then loaded here, and says what is wrong if it fails too.
  const unchecked = check !== undefined && 'failed' in check;
  const fits = ready !== null && !unchecked && (dataAsOf === undefined || dataAsOf === ready.asOf);
  const wanted = runtimeConfigReady() && !summary.isPending && (!fits || (!offThread && idle));
  // The dataset's model is made only when it is drawn.
  const full = useQuery({ ...datasetQueryOptions(), enabled: wanted, select: fits ? selectNothing : fromDataset });
  if (fits) return { data: ready.model, isError: false, error: null, refetch: summary.refetch };
  // While the dataset loads after a failed check, the summary's figures stay (they fitted the last good data).
  const shown = full.data ?? (unchecked && !full.isError ? ready?.model : undefined);
  return { data: shown ?? undefined, isError: full.isError, error: full.error, refetch: full.refetch };
}

/** The worker's answer (the data's asOf, or why it could not say); undefined until it answers. */
function useSummaryCheck(
  enabled: boolean,
  summary: { readonly asOf: string; readonly frameworkText: string } | null,
): SummaryCheckAnswer | undefined {
  const { base, request } = contractTarget();
  // The framework's text goes with the summary it came with: the asOf names both.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const { data } = useQuery({
    queryKey: ['summary-check', base, request, summary?.asOf],
    enabled,
    queryFn: () => checkSummary(base, request, summary?.frameworkText),
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
  return data;
}
