// The scorecard of one Member, top to bottom: who it is, its Index against region and world, its areas, its
// indicators and its reporting gaps, with a footer that only print shows.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { datasetQueryOptions } from '@/api/dataset';
import { DataBoundary } from '@/components/ui/data-boundary';
import { StatusPanel } from '@/components/ui/status-panel';
import { useDataSource } from '@/components/ui/data-source-context';
import { PdfButton } from '@/components/ui/pdf-button';
import { useDocumentTitle } from '@/lib/document-title';
import { useIdleOnceDrawn } from '@/lib/idle';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { IndexChart, IndexSummary } from './index-summary';
import { scorecardMessages } from './messages';
import { MyAdministrationToggle } from './my-administration-toggle';
import type { ScorecardData } from './scorecard-data';
import { selectScorecardRest, type ScorecardHead, type ScorecardModel } from './scorecard-model';

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
  const { lang } = i18n;
  const source = useDataSource();
  const client = useQueryClient();
  const article = useRef<HTMLElement>(null);
  // The first screen (who the Member is, its Index and chart) is drawn first; the areas, peers, gaps and
  // indicators below it follow in a deferred render, which React breaks into short slices, so the page is never
  // held for the whole scorecard at once (also when the data was already here).
  const later = useDeferredValue(rest.data ?? null, null);
  const model = useMemo((): ScorecardModel | null => later && { ...head, ...later }, [head, later]);
  // The whole scorecard and its data's source, waiting for the data where it has not yet come.
  const whole = async (): Promise<{ readonly full: ScorecardModel; readonly from: typeof source }> => {
    if (model) return { full: model, from: source };
    const dataset = await client.query({ ...datasetQueryOptions(), staleTime: 'static' });
    const found = selectScorecardRest(dataset, { code: member.code, lang });
    if (!found) throw new Error(t('notFound.title', { code: member.code }));
    return { full: { ...head, ...found }, from: dataset.source };
  };
  // The brief's code loads on click; it reads the drawn Index chart from the page for its vector copy.
  const brief = async () => {
    const [{ scorecardBrief }, { full, from }] = await Promise.all([import('./scorecard-brief'), whole()]);
    const figure = article.current?.querySelector('figure') ?? null;
    return scorecardBrief({ model: full, lang, source: from, figure });
  };
  // The sections' code comes with the data: once the first screen is drawn and the page idle.
  const idle = useIdleOnceDrawn(true, 1000);
  useEffect(() => {
    if (idle) preloadScorecardSections();
  }, [idle]);
  const [drawn, setDrawn] = useState(false);
  const sectionsDrawn = useCallback(() => {
    setDrawn(true);
  }, []);
  const print = usePrintWhenDrawn(drawn);
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

/**
 * The Print button's action: the browser's print at once when the whole scorecard is drawn, else as soon as it is
 * (a print of the first screen alone would lose the areas and indicators).
 */
function usePrintWhenDrawn(drawn: boolean): () => void {
  const asked = useRef(false);
  useEffect(() => {
    if (!asked.current || !drawn) return;
    asked.current = false;
    window.print();
  }, [drawn]);
  return () => {
    if (drawn) window.print();
    else asked.current = true;
  };
}
