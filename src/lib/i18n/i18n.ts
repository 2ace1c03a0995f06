// Messages and number/date formats in the user's language. A small typed layer on Intl rather than a
// library: the keys are checked by the compiler, and the Overview's byte budget (DESIGN §7) has no room
// for a general i18n runtime.
import { useMemo } from 'react';
import type { Lang, Localized } from '@/domain/types';
import { useLanguage } from '@/lib/preferences';
import { en, type MessageKey } from './en';
import { formatters, type Formatters } from './format';
import { fr } from './fr';
import { fill } from './messages';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { en, fr };
export const LANGS: readonly Lang[] = ['en', 'fr'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fr';
}

/** The message for a key with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return fill(catalogs[lang][key], params);
}

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** The text of a data label (a region, Member or indicator name) in the current language. */
  name: (text: Localized) => string;
  fmt: Formatters;
}

export function createI18n(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    name: (text) => text[lang],
    fmt: formatters(lang),
  };
}

export function useI18n(): I18n {
  const lang = useLanguage();
  return useMemo(() => createI18n(lang), [lang]);
}
