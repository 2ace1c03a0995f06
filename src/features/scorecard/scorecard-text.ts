// The scorecard's words and formats in the current language, and how a reported value reads in its unit.
import type { Aggregate } from '@/domain/aggregates';
import type { Framework, Indicator } from '@/domain/types';
import { useI18n, type I18n, useMessages } from '@/lib/i18n/i18n';
import { type Translate } from '@/lib/i18n/messages';
import { scorecardMessages, type ScorecardKey } from './messages';

export interface ScorecardText {
  readonly t: Translate<ScorecardKey>;
  readonly i18n: I18n;
}

export function useScorecardText(): ScorecardText {
  return { t: useMessages(scorecardMessages), i18n: useI18n() };
}

/** A reported value as a person reads it: Yes/No, the stage's name, a percentage, or a count in its unit. */
export function formatValue(text: ScorecardText, framework: Framework, indicator: Indicator, value: number): string {
  const { t, i18n } = text;
  switch (indicator.type) {
    case 'yesno':
      return value === 1 ? t('value.yes') : t('value.no');
    case 'stage': {
      const stage = framework.stages.find((candidate) => candidate.value === Math.round(value));
      return stage ? t('stage.value', { stage: stage.value, name: i18n.name(stage.name) }) : i18n.fmt.integer(value);
    }
    case 'percent':
      return i18n.fmt.percent(value / 100);
    case 'count':
    case 'currency':
      return indicator.unit ? `${i18n.fmt.integer(value)} ${i18n.name(indicator.unit)}` : i18n.fmt.integer(value);
  }
}

/** A short form for the history table, where space is tight. */
export function formatShort(text: ScorecardText, indicator: Indicator, value: number): string {
  const { t, i18n } = text;
  switch (indicator.type) {
    case 'yesno':
      return value === 1 ? t('value.yes') : t('value.no');
    case 'stage':
      return i18n.fmt.integer(value);
    case 'percent':
      return i18n.fmt.percent(value / 100);
    case 'count':
    case 'currency':
      return i18n.fmt.integer(value);
  }
}

/** An average with its coverage rule: the number, or "insufficient data (n of N)". */
export function formatAverage(text: ScorecardText, aggregate: Aggregate): string {
  return aggregate.value === null
    ? text.t('insufficient.short', { n: aggregate.n, of: aggregate.of })
    : text.i18n.fmt.score(aggregate.value);
}
