// Shows a query's loading and error states in place of the view. Every failure offers Try again: even damaged
// or contract-breaking data is often a deployment in progress, a proxy's error page or a cut download, and the
// user has no other way out. Data on screen stays when a refresh fails: the layout's data notice then says so.
import { lazy, Suspense, useDeferredValue, type ReactNode } from 'react';
import type { ViewResult } from '@/lib/dataset-view';
import { useI18n } from '@/lib/i18n/i18n';
import { StatusPanel } from './status-panel';

const LoadFailure = lazy(() => import('./load-failure').then((module) => ({ default: module.LoadFailure })));

interface DataBoundaryProps<T> {
  readonly query: ViewResult<T>;
  readonly children: (data: T) => ReactNode;
}

export function DataBoundary<T>({ query, children }: DataBoundaryProps<T>) {
  const i18n = useI18n();
  // Data that arrives (a store update, which React would render at once and whole) is drawn in a deferred render
  // instead, which React breaks into short slices: the loading panel stays a moment longer, and the page stays
  // responsive while the view is built. Data already there when the view mounts is drawn at once.
  const data = useDeferredValue(query.data);
  if (data !== undefined) return children(data);
  if (query.isError) {
    return (
      <Suspense fallback={<StatusPanel tone="loading" title={i18n.t('loading')} />}>
        <LoadFailure error={query.error} onRetry={() => void query.refetch()} />
      </Suspense>
    );
  }
  return <StatusPanel tone="loading" title={i18n.t('loading')} />;
}
