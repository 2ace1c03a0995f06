// The scorecard's one way to its models. The first screen (selectScorecardHead) comes from the summary's Index of
// every Member (api/summary-document.ts) as soon as it is here and for as long as it fits the data, else from the
// dataset; the rest of the page (selectScorecardRest) always comes from the dataset. The dataset is asked for once
// the summary has answered and the first screen is drawn, so that on a slow network it does not share the line
// with what the first screen waits for. Both ways give the same figures: the first screen reads only the Index,
// which the summary holds exactly as the engine scored it.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { datasetQueryOptions, type LoadedDataset } from '@/api/dataset';
import { onRuntimeConfigReady, runtimeConfigReady } from '@/api/runtime-config';
import { indexSummaryQueryOptions } from '@/api/summary-document';
import type { Dataset } from '@/domain/types';
import { useDatasetIfLoaded, type ViewResult } from '@/lib/dataset-view';
import { useIdleOnceDrawn } from '@/lib/idle';
import { useTransitionStore } from '@/lib/transition-store';
import {
  selectScorecardHead,
  selectScorecardRest,
  type ScorecardInput,
  type ScorecardRest,
  type ScorecardResult,
} from './scorecard-model';

export interface ScorecardData {
  readonly head: ViewResult<ScorecardResult>;
  /** Null when the link names no Member. */
  readonly rest: ViewResult<ScorecardRest | null>;
}

const selectAsOf = (dataset: LoadedDataset): string => dataset.source.asOf;

/** `input` must keep its identity while it means the same. */
export function useScorecardData(input: ScorecardInput): ScorecardData {
  useTransitionStore(onRuntimeConfigReady, runtimeConfigReady);
  const fromSummary = useCallback(
    (dataset: Dataset | null) =>
      dataset === null ? null : { asOf: dataset.source.asOf, result: selectScorecardHead(dataset, input) },
    [input],
  );
  const head = useCallback((dataset: LoadedDataset) => selectScorecardHead(dataset, input), [input]);
  const rest = useCallback((dataset: LoadedDataset) => selectScorecardRest(dataset, input), [input]);
  // The dataset's asOf if it is here already (another view loaded it): the summary is then not needed.
  const dataAsOf = useDatasetIfLoaded(selectAsOf).data;
  const options = indexSummaryQueryOptions();
  const summary = useQuery({ ...options, enabled: options.enabled && dataAsOf === undefined, select: fromSummary });
  const ready = summary.data ?? null;
  const idle = useIdleOnceDrawn(ready !== null, 1000);
  const wanted = runtimeConfigReady() && (dataAsOf !== undefined || (!summary.isPending && (ready === null || idle)));
  const fits = ready !== null && (dataAsOf === undefined || dataAsOf === ready.asOf);
  const full = useQuery({ ...datasetQueryOptions(), enabled: wanted && !fits, select: head });
  const restQuery = useQuery({ ...datasetQueryOptions(), enabled: wanted, select: rest });
  return {
    head: fits ? { data: ready.result, isError: false, error: null, refetch: summary.refetch } : full,
    rest: restQuery,
  };
}
