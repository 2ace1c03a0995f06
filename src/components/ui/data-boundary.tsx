// Shows a query's loading and error states in place of the view. Every failure offers Try again: even damaged
// or contract-breaking data is often a deployment in progress, a proxy's error page or a cut download, and the
// user has no other way out. Data on screen stays when a refresh fails: the layout's data notice then says so.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n/i18n';
import { loadErrorMessage } from '@/lib/load-error-message';
import { StatusPanel } from './status-panel';

interface DataBoundaryProps<T> {
  readonly query: UseQueryResult<T>;
  readonly children: (data: T) => ReactNode;
}

export function DataBoundary<T>({ query, children }: DataBoundaryProps<T>) {
  const i18n = useI18n();
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    return (
      <StatusPanel tone="error" title={i18n.t('error.title')}>
        <p>{loadErrorMessage(query.error, i18n)}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {i18n.t('error.retry')}
        </button>
      </StatusPanel>
    );
  }
  return <StatusPanel tone="loading" title={i18n.t('loading')} />;
}
