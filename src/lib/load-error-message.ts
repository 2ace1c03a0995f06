// What to tell the user about a failed load, in their language, naming what is broken.
import { REQUEST_TIMEOUT_MS } from '@/api/client';
import { isLoadError } from '@/api/errors';
import type { Formatters } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { LoadErrorKey } from './load-error/messages';

/** `t` reads the load-error catalog (load-error/messages.ts); `fmt` formats numbers in the same language. */
export function loadErrorMessage(error: unknown, t: Translate<LoadErrorKey>, fmt: Formatters): string {
  if (!isLoadError(error))
    return t('error.unknown', { message: error instanceof Error ? error.message : String(error) });
  switch (error.kind) {
    case 'network':
      return t('error.network');
    case 'timeout':
      return t('error.timeout', { seconds: fmt.integer((error.details.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000) });
    case 'http':
      // 401/403: the API needs a login (config.json `credentials`); "server error" would send the user astray.
      if (error.refused) return t('error.refused', { status: error.details.status ?? '?' });
      return t('error.http', { status: error.details.status ?? '?' });
    case 'not-json':
      return t('error.not-json');
    case 'malformed':
      return t('error.malformed', { document: error.document });
    case 'contract': {
      const first = error.details.issues?.[0];
      return t('error.contract', {
        document: error.document,
        path: first?.path ?? '—',
        message: first?.message ?? error.message,
      });
    }
  }
}
