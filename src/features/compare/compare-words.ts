// Compare's words in one language, for its pure model: its own catalog and the shared messages and formats.
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { CompareKey } from './messages';

export interface CompareWords {
  readonly t: Translate<CompareKey>;
  readonly i18n: I18n;
}
