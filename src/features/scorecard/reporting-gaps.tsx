// What the Member has not reported in the latest closed cycle and in the open one, stated plainly.
import type { CycleGaps, ScorecardModel } from './scorecard-model';
import type { ScorecardText } from './scorecard-text';

interface Props {
  readonly model: ScorecardModel;
  readonly text: ScorecardText;
}

export function ReportingGaps({ model, text }: Props) {
  const { t } = text;
  if (model.gaps.length === 0) return null;
  return (
    <section className="scorecard__section scorecard__gaps" aria-labelledby="scorecard-gaps">
      <h2 id="scorecard-gaps">{t('gaps.title')}</h2>
      <div className="gap-cycles">
        {model.gaps.map((gaps) => (
          <GapCycle key={gaps.cycle} gaps={gaps} text={text} />
        ))}
      </div>
    </section>
  );
}

function GapCycle({ gaps, text }: { readonly gaps: CycleGaps; readonly text: ScorecardText }) {
  const { t, i18n } = text;
  const { completeness } = gaps;
  const nothingMissing = gaps.missingScored.length === 0 && gaps.missingContext.length === 0;
  const { nothingReported } = gaps;
  return (
    <div className="gap-cycle">
      <h3>{gaps.open ? t('gaps.open', { cycle: gaps.cycle }) : t('gaps.closed', { cycle: gaps.cycle })}</h3>
      <p>
        {t('gaps.reported', {
          reported: completeness.reported,
          expected: completeness.expected,
          share: i18n.fmt.percent(completeness.share ?? 0),
        })}{' '}
        {gaps.index === null ? t('gaps.noIndex') : t('gaps.index', { value: i18n.fmt.score(gaps.index) })}
      </p>
      {nothingMissing ? <p>{t('gaps.all')}</p> : null}
      {nothingReported ? <p>{t('gaps.nothing')}</p> : null}
      {!nothingReported && gaps.missingScored.length > 0 ? (
        <>
          <p className="gap-cycle__label">{t('gaps.missingScored')}</p>
          <ul>
            {gaps.missingScored.map((indicator) => (
              <li key={indicator.code}>{i18n.name(indicator.name)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {!nothingReported && gaps.missingContext.length > 0 ? (
        <>
          <p className="gap-cycle__label">{t('gaps.missingContext')}</p>
          <ul>
            {gaps.missingContext.map((indicator) => (
              <li key={indicator.code}>{i18n.name(indicator.name)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
