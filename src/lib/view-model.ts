// A view's state and model in one call: the URL state checked against the frame (useViewState), and the model
// selected from the dataset for that state in the language shown (useDatasetView). Every view with URL state
// takes this shape, so it is written once.
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoadedDataset } from '@/api/dataset';
import type { Lang } from '@/domain/types';
import { useDatasetView } from '@/lib/dataset-view';
import { useI18n } from '@/lib/i18n/i18n';
import { useViewState, type ParamSpec, type UrlValues, type ViewState, type ViewStateOptions } from '@/lib/url-state';

/** The view's state as its `select` receives it: the checked URL values and the language shown. */
export type ViewInput<S extends ParamSpec> = UrlValues<S> & { readonly lang: Lang };

export function useViewModel<F, S extends ParamSpec, T>(
  specOf: (frame: F) => S,
  frame: F,
  select: (dataset: LoadedDataset, input: ViewInput<S>) => T,
  options?: ViewStateOptions<S>,
): ViewState<S> & { readonly query: UseQueryResult<T> } {
  const { lang } = useI18n();
  const state = useViewState(specOf, frame, options);
  const { values } = state;
  const input = useMemo(() => ({ ...values, lang }), [values, lang]);
  const query = useDatasetView(select, input);
  return { ...state, query };
}
