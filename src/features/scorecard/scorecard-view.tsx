// The scorecard of one Member, top to bottom: who it is, its Index against region and world, its areas, its
// indicators and its reporting gaps, with a footer that only print shows.
import { useDeferredValue, useRef } from 'react';
import { Link } from 'react-router';
import { useDataSource } from '@/components/ui/data-source-context';
import { PdfButton } from '@/components/ui/pdf-button';
import { useDocumentTitle } from '@/lib/document-title';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { AreaCards } from './area-cards';
import { IndexChart, IndexSummary } from './index-summary';
import { IndicatorTables } from './indicator-tables';
import { scorecardMessages } from './messages';
import { MyAdministrationToggle } from './my-administration-toggle';
import { NextRatingSection } from './next-rating-section';
import { PeersSection } from './peers-section';
import { PrintFooter } from './print-footer';
import { ReportingGaps } from './reporting-gaps';
import type { ScorecardModel } from './scorecard-model';

export function ScorecardView({ model }: { readonly model: ScorecardModel }) {
  const t = useMessages(scorecardMessages);
  const { member, otherName } = model;
  useDocumentTitle(t('print.title', { member: model.name }));
  const { lang } = useI18n();
  const source = useDataSource();
  const article = useRef<HTMLElement>(null);
  // The first screen (who the Member is, its Index and chart) is drawn with the data; the areas, peers, gaps and
  // indicators below it follow in a deferred render, which React breaks into short slices, so the page is never
  // held for the whole scorecard at once.
  const rest = useDeferredValue(model, null);
  // The brief's code loads on click; it reads the drawn Index chart from the page for its vector copy.
  const brief = () =>
    import('./scorecard-brief').then(({ scorecardBrief }) =>
      scorecardBrief({ model, lang, source, figure: article.current?.querySelector('figure') ?? null }),
    );
  return (
    <article className="scorecard" ref={article}>
      <header className="scorecard__header">
        <h1>
          {model.name}
          {otherName ? (
            <span className="scorecard__other-name" lang={otherName.lang}>
              {' '}
              · {otherName.text}
            </span>
          ) : null}
        </h1>
        <dl className="scorecard__meta" aria-label={t('meta.label')}>
          <div>
            <dt>{t('meta.region')}</dt>
            <dd>{model.regionName}</dd>
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
        <PdfButton brief={brief} />
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
      <p className="note scorecard__cycle-note">{model.cycleNote}</p>
      <IndexSummary model={model} />
      <IndexChart model={model} />
      {rest ? (
        <>
          <AreaCards model={rest} />
          <NextRatingSection code={rest.member.code} cycle={rest.cycle} />
          <PeersSection code={rest.member.code} />
          <ReportingGaps gaps={rest.gaps} />
          <IndicatorTables model={rest} />
          <PrintFooter model={rest} />
        </>
      ) : null}
    </article>
  );
}
