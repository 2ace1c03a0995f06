// Each route's own document title (WCAG 2.4.2): "<page> – Security Programme Progress", in the language shown.
import { useEffect } from 'react';
import { useI18n } from '@/lib/i18n/i18n';

/** Sets the tab's title while the calling route is shown. */
export function useDocumentTitle(page: string): void {
  const app = useI18n().t('app.title');
  useEffect(() => {
    document.title = `${page} – ${app}`;
  }, [page, app]);
}
