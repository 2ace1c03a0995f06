// Says which parts of a link were not understood and replaced by defaults.
import { useI18n } from '@/lib/i18n/i18n';

export function UrlNotice({ invalid }: { readonly invalid: readonly string[] }) {
  const { t } = useI18n();
  if (invalid.length === 0) return null;
  return (
    <p className="note note--warning" role="status">
      {t('url.invalid', { params: invalid.join(', ') })}
    </p>
  );
}
