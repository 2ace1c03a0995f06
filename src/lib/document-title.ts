// Each route's own document title (WCAG 2.4.2): "<page> – Security Programme Progress", in the language shown.
import { useEffect } from 'react';
import { useI18n } from '@/lib/i18n/i18n';

/** Sets the tab's title while the calling route is shown; null gives the dashboard's name alone. */
export function useDocumentTitle(page: string | null): void {
  const { t } = useI18n();
  const app = t('app.title');
  useEffect(() => {
    document.title = page ? `${page} – ${app}` : app;
  }, [page, app]);
}
