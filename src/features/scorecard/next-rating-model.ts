// "The way to the next rating" as sentences: the domain engine's smallest changes (domain/next-rating) for the
// Member's report in the scorecard's cycle, for the Index and each scored area below the top band.
import { nextRatings, type IndicatorChange, type NextRatingPath, type Suggestion } from '@/domain/next-rating';
import { reportOf } from '@/domain/observations';
import type { Dataset, Lang, ScoreMeasure } from '@/domain/types';
import { createI18n, type I18n } from '@/lib/i18n/i18n';
import { translator, type Translate } from '@/lib/i18n/messages';
import { nextRatingMessages } from './next-rating-messages';

export interface NextRatingInput {
  readonly code: string;
  readonly cycle: number;
  readonly lang: Lang;
}

export interface NextRatingItem {
  /** "Security Index" or the area's name. */
  readonly heading: string;
  /** Where the score stands now. */
  readonly now: string;
  /** One sentence per alternative, each with its resulting score. */
  readonly claims: readonly string[];
  /** How many other alternatives of the same size there are, or why there is none. */
  readonly note: string | null;
}

export interface NextRatingModel {
  readonly title: string;
  readonly lead: string;
  readonly items: readonly NextRatingItem[];
  /** When every score is already in the top band. */
  readonly empty: string;
}

type T = Translate<keyof (typeof nextRatingMessages)['en']>;

export function selectNextRating(dataset: Dataset, { code, cycle, lang }: NextRatingInput): NextRatingModel {
  const t: T = translator(nextRatingMessages, lang);
  const i18n = createI18n(lang);
  const { framework } = dataset;
  const paths = nextRatings(framework, reportOf(dataset.observations, code, cycle));
  const top = [...framework.ratingBands].sort((a, b) => b.min - a.min)[0];
  return {
    title: t('next.title'),
    lead: t('next.lead', { cycle }),
    items: paths.map((path) => item(t, i18n, dataset, path)),
    empty: t('next.allTop', { cycle, band: top ? i18n.name(top.name) : '' }),
  };
}

function item(t: T, i18n: I18n, dataset: Dataset, path: NextRatingPath): NextRatingItem {
  const heading = measureName(t, i18n, dataset, path.measure, 'heading');
  const now =
    path.score === null || path.band === null
      ? t('next.nowNull')
      : t('next.now', { score: i18n.fmt.score(path.score), band: i18n.name(path.band.name) });
  const claims = path.suggestions.map((suggestion) => claim(t, i18n, dataset, path, suggestion));
  const others = path.alternatives - path.suggestions.length;
  return {
    heading,
    now,
    claims,
    note: claims.length === 0 ? t('next.none') : others > 0 ? t('next.more', { n: others }) : null,
  };
}

function claim(t: T, i18n: I18n, dataset: Dataset, path: NextRatingPath, suggestion: Suggestion): string {
  const changes = capitalise(
    joinAnd(
      t,
      suggestion.changes.map((change) => changeText(t, i18n, change)),
    ),
  );
  const measure = measureName(t, i18n, dataset, path.measure, 'sentence');
  const score = i18n.fmt.score(suggestion.score);
  if (path.goal.kind === 'count' || path.band === null) {
    return t('next.count', { changes, measure, score, band: i18n.name(suggestion.band.name) });
  }
  return t('next.band', {
    changes,
    measure,
    from: i18n.name(path.band.name),
    to: i18n.name(suggestion.band.name),
    score,
  });
}

function changeText(t: T, i18n: I18n, { indicator, from, to }: IndicatorChange): string {
  const name = i18n.name(indicator.name);
  const yesno = indicator.type === 'yesno';
  if (from === null) {
    if (to === 0) return t('next.reportAny', { indicator: name });
    if (yesno) return t('next.reportYes', { indicator: name });
    return to === 4 ? t('next.reportTop', { indicator: name }) : t('next.report', { indicator: name, stage: to });
  }
  if (yesno) return t('next.raiseYes', { indicator: name });
  return to === 4 ? t('next.raiseTop', { indicator: name, from }) : t('next.raise', { indicator: name, from, to });
}

function measureName(t: T, i18n: I18n, dataset: Dataset, measure: ScoreMeasure, use: 'heading' | 'sentence') {
  if (measure.kind === 'index') {
    return use === 'heading' ? t('next.indexHeading') : t('next.indexSentence');
  }
  const area = dataset.framework.areas.find((candidate) => candidate.code === measure.area);
  return area ? i18n.name(area.name) : measure.area;
}

function joinAnd(t: T, parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${t('next.and')} ${parts.at(-1) ?? ''}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
