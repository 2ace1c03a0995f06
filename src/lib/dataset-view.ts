// The one way a view reads the data: the dataset query with the view's pure `select` (its <view>-model.ts).
// TanStack Query runs `select` only when the data or the function changes, so a model is built once per change
// of data or view state, never on every render, and never copied into component state.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { datasetQueryOptions, type LoadedDataset } from '@/api/dataset';
import { onRuntimeConfigReady, runtimeConfigReady } from '@/api/runtime-config';
import { useTransitionStore } from './transition-store';

/** What a view needs of a query to draw its states (components/ui/data-boundary.tsx). */
export type ViewResult<T> = Pick<UseQueryResult<T>, 'data' | 'isError' | 'error'> & {
  readonly refetch: () => Promise<unknown>;
};

/** A view's model from the loaded dataset alone. `select` must be defined outside components. */
export function useDatasetView<T>(select: (dataset: LoadedDataset) => T): UseQueryResult<T>;
/**
 * A view's model from the loaded dataset and the view's state (from its URL). `select` must be defined outside
 * components, and `input` keep its identity while it means the same (useViewState's values do).
 */
export function useDatasetView<T, I>(select: (dataset: LoadedDataset, input: I) => T, input: I): UseQueryResult<T>;
export function useDatasetView<T, I>(select: (dataset: LoadedDataset, input?: I) => T, input?: I): UseQueryResult<T> {
  const bound = useCallback((dataset: LoadedDataset) => select(dataset, input), [select, input]);
  // The page renders before config.json has been read; the query (its key names the base URL) waits for it.
  useTransitionStore(onRuntimeConfigReady, runtimeConfigReady);
  return useQuery({ ...datasetQueryOptions(), select: bound });
}

/**
 * The dataset as far as another part of the page has asked for it, without asking for it itself: for the page's
 * frame (footer, notices, header link), which must not start the dataset's load on the Overview while that draws
 * from the summary document (features/overview/overview-view.ts) and leaves the dataset for when the page is idle.
 */
export function useDatasetIfLoaded<T>(select: (dataset: LoadedDataset) => T): UseQueryResult<T> {
  useTransitionStore(onRuntimeConfigReady, runtimeConfigReady);
  return useQuery({ ...datasetQueryOptions(), enabled: false, select });
}
