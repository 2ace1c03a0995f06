// What the scorecard's buttons do, now that its first screen can be drawn before the data (scorecard-data.ts): the
// PDF brief waits for the data where it has not come, and Print waits until the sections below are in the page (a
// print of the first screen alone would lose the areas and indicators).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { datasetQueryOptions } from '@/api/dataset';
import { useDataSource } from '@/components/ui/data-source-context';
import type { BriefSpec } from '@/lib/export/brief-spec';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { scorecardMessages } from './messages';
import { selectScorecardRest, type ScorecardHead, type ScorecardModel } from './scorecard-model';

export interface ScorecardActions {
  readonly brief: () => Promise<BriefSpec>;
  readonly print: () => void;
  /** For the sections to call once they are in the page. */
  readonly sectionsDrawn: () => void;
}

/** `model` is the whole scorecard once drawn (null before); `article` holds the drawn Index chart. */
export function useScorecardActions(
  head: ScorecardHead,
  model: ScorecardModel | null,
  article: RefObject<HTMLElement | null>,
): ScorecardActions {
  const t = useMessages(scorecardMessages);
  const { lang } = useI18n();
  const source = useDataSource();
  const client = useQueryClient();
  const [drawn, setDrawn] = useState(false);
  const sectionsDrawn = useCallback(() => {
    setDrawn(true);
  }, []);
  // The whole scorecard and its data's source, waiting for the data where it has not yet come.
  const whole = async () => {
    if (model) return { full: model, from: source };
    const dataset = await client.query({ ...datasetQueryOptions(), staleTime: 'static' });
    const found = selectScorecardRest(dataset, { code: head.member.code, lang });
    if (!found) throw new Error(t('notFound.title', { code: head.member.code }));
    return { full: { ...head, ...found }, from: dataset.source };
  };
  // The brief's code loads on click; it reads the drawn Index chart from the page for its vector copy.
  const brief = async () => {
    const [{ scorecardBrief }, { full, from }] = await Promise.all([import('./scorecard-brief'), whole()]);
    const figure = article.current?.querySelector('figure') ?? null;
    return scorecardBrief({ model: full, lang, source: from, figure });
  };
  return { brief, print: usePrintWhenDrawn(drawn), sectionsDrawn };
}

/** The browser's print at once when the whole scorecard is drawn, else as soon as it is. */
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
