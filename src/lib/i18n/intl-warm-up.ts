// Loads the browser's locale data in a worker while the page starts (intl-warm-up.worker.ts says why). Where
// workers are missing or refused, the page simply loads the data itself on its first figure.
import { intlLocale } from './format';
import type { Lang } from '@/domain/types';

export function warmUpIntlOffThread(lang: Lang): void {
  if (typeof Worker !== 'function') return;
  try {
    const worker = new Worker(new URL('./intl-warm-up.worker.ts', import.meta.url), { type: 'module' });
    worker.onerror = () => {
      worker.terminate();
    };
    worker.postMessage(intlLocale(lang));
  } catch {
    // A content policy without worker-src 'self', or a browser without module workers: nothing is lost.
  }
}
