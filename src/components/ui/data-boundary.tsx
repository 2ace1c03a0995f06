// Shows a query's loading and error states in place of the view, with a retry when one can help, and
// keeps showing the last good data when a refresh fails.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isLoadError } from '@/api/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { loadErrorMessage } from '@/lib/load-error-message';
import { StatusPanel } from './status-panel';

interface DataBoundaryProps<T> {
  readonly query: UseQueryResult<T>;
  readonly children: (data: T) => ReactNode;
}

export function DataBoundary<T>({ query, children }: DataBoundaryProps<T>) {
  const i18n = useI18n();
  const failure = query.isError ? (
    <StatusPanel tone="error" title={i18n.t('error.title')}>
      <p>{loadErrorMessage(query.error, i18n)}</p>
      {!isLoadError(query.error) || query.error.retryable ? (
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {i18n.t('error.retry')}
        </button>
      ) : null}
    </StatusPanel>
  ) : null;
  if (query.data !== undefined) {
    return (
      <>
        {failure}
        {children(query.data)}
      </>
    );
  }
  return failure ?? <StatusPanel tone="loading" title={i18n.t('loading')} />;
}
