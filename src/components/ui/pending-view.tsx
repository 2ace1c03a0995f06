// A view that is planned but not built yet says so plainly.
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';

export function PendingView({ view }: { readonly view: MessageKey }) {
  const { t } = useI18n();
  const name = t(view);
  return (
    <>
      <h1>{name}</h1>
      <section className="status-panel status-panel--empty">
        <h2 className="status-panel__title">{t('pending.title', { view: name })}</h2>
        <p>{t('pending.body')}</p>
      </section>
    </>
  );
}
