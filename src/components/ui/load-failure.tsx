// The panel a failed load shows: what went wrong in the reader's language, and Try again. Its own chunk,
// loaded on the first failure: most visits never need the words for every way a load can fail.
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { loadErrorMessages } from '@/lib/load-error/messages';
import { loadErrorMessage } from '@/lib/load-error-message';
import { StatusPanel } from './status-panel';

interface LoadFailureProps {
  readonly error: unknown;
  readonly onRetry: () => void;
}

export function LoadFailure({ error, onRetry }: LoadFailureProps) {
  const { fmt } = useI18n();
  const t = useMessages(loadErrorMessages);
  return (
    <StatusPanel tone="error" title={t('error.title')}>
      <p>{loadErrorMessage(error, t, fmt)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </StatusPanel>
  );
}
