// The scorecard of one Member, top to bottom: who it is, its Index against region and world, its areas, its
// indicators and its reporting gaps, with a footer that only print shows.
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { DataBoundary } from '@/components/ui/data-boundary';
import { StatusPanel } from '@/components/ui/status-panel';
import { PdfButton } from '@/components/ui/pdf-button';
import { useDocumentTitle } from '@/lib/document-title';
import { useIdleOnceDrawn } from '@/lib/idle';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { IndexChart, IndexSummary } from './index-summary';
import { scorecardMessages } from './messages';
import { MyAdministrationToggle } from './my-administration-toggle';
import type { ScorecardData } from './scorecard-data';
import { useScorecardActions } from './scorecard-actions';
import type { ScorecardHead, ScorecardModel } from './scorecard-model';

const loadSections = () => import('./scorecard-sections');
const ScorecardSections = lazy(() => loadSections().then((module) => ({ default: module.ScorecardSections })));

function preloadScorecardSections(): void {
  loadSections().catch(() => undefined); // a failure shows when the sections render
}

interface Props {
  readonly head: ScorecardHead;
  readonly rest: ScorecardData['rest'];
}

export function ScorecardView({ head, rest }: Props) {
  const t = useMessages(scorecardMessages);
  const { member, otherName } = head;
  useDocumentTitle(t('print.title', { member: head.name }));
  const i18n = useI18n();
  const article = useRef<HTMLElement>(null);
  // The first screen (who the Member is, its Index and chart) is drawn first; the areas, peers, gaps and
  // indicators below it follow in a deferred render, which React breaks into short slices, so the page is never
  // held for the whole scorecard at once (also when the data was already here).
  const later = useDeferredValue(rest.data ?? null, null);
  const model = useMemo((): ScorecardModel | null => later && { ...head, ...later }, [head, later]);
  const { brief, print, sectionsDrawn } = useScorecardActions(head, model, article);
  // The sections' code comes with the data: once the first screen is drawn and the page idle.
  const idle = useIdleOnceDrawn(true, 1000);
  useEffect(() => {
    if (idle) preloadScorecardSections();
  }, [idle]);
  return (
    <article className="scorecard" ref={article}>
      <header className="scorecard__header">
        <h1>
          {head.name}
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
            <dd>{head.regionName}</dd>
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
        <button type="button" className="button" onClick={print}>
          {t('actions.print')}
        </button>
        <Link className="button button--quiet" to={`/compare?members=${member.code}`}>
          {t('actions.compare')}
        </Link>
        <Link className="button button--quiet" to="/members">
          {t('actions.directory')}
        </Link>
      </div>
      <p className="note scorecard__cycle-note">{head.cycleNote}</p>
      <IndexSummary model={head} />
      <IndexChart model={head} />
      <DataBoundary
        query={{ data: model ?? undefined, isError: rest.isError, error: rest.error, refetch: rest.refetch }}
      >
        {(whole) => (
          <Suspense fallback={<StatusPanel tone="loading" title={i18n.t('loading')} />}>
            <ScorecardSections model={whole} onDrawn={sectionsDrawn} />
          </Suspense>
        )}
      </DataBoundary>
    </article>
  );
}
