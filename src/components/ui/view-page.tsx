// A view's page: its heading and lead from the view's catalog, then the view itself once the part of the data it
// is built from (its frame: the codes and cycles its URL state is checked against) has loaded. DataBoundary shows
// loading and failure in its place. Every view whose state lives in the URL starts this way.
import type { ComponentType } from 'react';
import type { LoadedDataset } from '@/api/dataset';
import { useDatasetView } from '@/lib/dataset-view';
import type { Catalog } from '@/lib/i18n/messages';
import { DataBoundary } from './data-boundary';
import { ViewHeading } from './view-heading';

interface ViewPageProps<F> {
  /** The view's catalog: its `title` and `lead` head the page. */
  readonly messages: Catalog<'title' | 'lead'>;
  /** The frame from the dataset (a pure select, defined outside components). */
  readonly select: (dataset: LoadedDataset) => F;
  /** The view, given its frame. */
  readonly view: ComponentType<{ readonly frame: F }>;
}

export function ViewPage<F>({ messages, select, view: View }: ViewPageProps<F>) {
  const query = useDatasetView(select);
  return (
    <>
      <ViewHeading messages={messages} />
      <DataBoundary query={query}>{(frame) => <View frame={frame} />}</DataBoundary>
    </>
  );
}
