// Any unknown path lands here, with a way back.
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '@/lib/document-title';
import { useI18n } from '@/lib/i18n/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
