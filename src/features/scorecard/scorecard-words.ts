// The scorecard's words in one language, for its pure model: its own catalog and the shared messages and formats.
import type { Aggregate } from '@/domain/aggregates';
import type { Lang } from '@/domain/types';
import { createI18n, type I18n } from '@/lib/i18n/i18n';
import { translator, type Translate } from '@/lib/i18n/messages';
import { scorecardMessages, type ScorecardKey } from './messages';

export interface Words {
  readonly t: Translate<ScorecardKey>;
  readonly i18n: I18n;
}

export function wordsFor(lang: Lang): Words {
  return { t: translator(scorecardMessages, lang), i18n: createI18n(lang) };
}

/** An average with its coverage rule: the number, or "insufficient data (n of N)". */
export function averageText({ t, i18n }: Words, aggregate: Aggregate): string {
  return aggregate.value === null
    ? t('insufficient.short', { n: aggregate.n, of: aggregate.of })
    : i18n.fmt.score(aggregate.value);
}
