// The footer of a printed or PDF scorecard: title, date, source, method and the illustrative-data label.
// Hidden on screen, where the page footer says the same.
import type { ScorecardModel } from './scorecard-model';
import type { ScorecardText } from './scorecard-text';

export function PrintFooter({ model, text }: { readonly model: ScorecardModel; readonly text: ScorecardText }) {
  const { t, i18n } = text;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <footer className="print-footer">
      <p className="print-footer__title">
        {t('print.title', { member: i18n.name(model.member.name) })} · {t('print.date', { date: i18n.fmt.date(today) })}
      </p>
      <p>{i18n.t('footer.source', { source: model.source.name, date: i18n.fmt.date(model.source.asOf) })}</p>
      <p>{t('print.method')}</p>
      {model.source.illustrative ? <p className="print-footer__label">{i18n.t('footer.illustrative')}</p> : null}
    </footer>
  );
}
