// The footer of a printed or PDF scorecard: title, date, source, method and the illustrative-data label.
// Hidden on screen, where the page footer says the same.
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { scorecardMessages } from './messages';
import type { ScorecardModel } from './scorecard-model';

export function PrintFooter({ model }: { readonly model: ScorecardModel }) {
  const t = useMessages(scorecardMessages);
  const i18n = useI18n();
  // The day it is printed, not a figure of the data.
  const today = new Date().toISOString().slice(0, 10);
  return (
    <footer className="print-footer">
      <p className="print-footer__title">
        {t('print.title', { member: model.name })} · {t('print.date', { date: i18n.fmt.date(today) })}
      </p>
      <p>{model.source}</p>
      <p>{t('print.method')}</p>
      {model.illustrative ? <p className="print-footer__label">{i18n.t('footer.illustrative')}</p> : null}
    </footer>
  );
}
