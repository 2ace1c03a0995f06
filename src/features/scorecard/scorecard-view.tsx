// The scorecard of one Member, top to bottom: who it is, its Index against region and world, its areas, its
// indicators and its reporting gaps, with a footer that only print shows.
import { Link } from 'react-router';
import { AreaCards } from './area-cards';
import { IndicatorTables } from './indicator-tables';
import { MyAdministrationToggle } from './my-administration-toggle';
import { PrintFooter } from './print-footer';
import { ReportingGaps } from './reporting-gaps';
import type { ScorecardModel } from './scorecard-model';
import { IndexChart, IndexSummary } from './index-summary';
import { useScorecardText } from './scorecard-text';

export function ScorecardView({ model }: { readonly model: ScorecardModel }) {
  const text = useScorecardText();
  const { t, i18n } = text;
  const { member } = model;
  const name = i18n.name(member.name);
  const otherName = i18n.lang === 'en' ? member.name.fr : member.name.en;
  return (
    <article className="scorecard">
      <header className="scorecard__header">
        <h1>
          {name}
          {otherName !== name ? (
            <span className="scorecard__other-name" lang={i18n.lang === 'en' ? 'fr' : 'en'}>
              {' '}
              · {otherName}
            </span>
          ) : null}
        </h1>
        <dl className="scorecard__meta" aria-label={t('meta.label')}>
          <div>
            <dt>{t('meta.region')}</dt>
            <dd>{model.region ? i18n.name(model.region.name) : member.region}</dd>
          </div>
          <div>
            <dt>{t('meta.code')}</dt>
            <dd>{member.code}</dd>
          </div>
          <div>
            <dt>{t('meta.kind')}</dt>
            <dd>{t(`kind.${member.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('meta.joined')}</dt>
            <dd>{member.joined}</dd>
          </div>
        </dl>
      </header>
      <div className="scorecard__actions" role="group" aria-label={t('actions.label')}>
        <MyAdministrationToggle code={member.code} label={t('actions.mine')} />
        <button
          type="button"
          className="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('actions.print')}
        </button>
        <Link className="button button--quiet" to={`/compare?members=${member.code}`}>
          {t('actions.compare')}
        </Link>
        <Link className="button button--quiet" to="/members">
          {t('actions.directory')}
        </Link>
      </div>
      <p className="note scorecard__cycle-note">
        {!model.hasIndex
          ? t('cycle.noIndex', { cycle: model.cycle })
          : model.openCycle !== null && model.openCycle > model.cycle
            ? t('cycle.note', { cycle: model.cycle, open: model.openCycle })
            : t('cycle.noteClosed', { cycle: model.cycle })}
      </p>
      <IndexSummary model={model} text={text} />
      <IndexChart model={model} text={text} />
      <AreaCards model={model} text={text} />
      <ReportingGaps model={model} text={text} />
      <IndicatorTables model={model} text={text} />
      <PrintFooter model={model} text={text} />
    </article>
  );
}
