// Messages and number/date formats in the user's language. A small typed layer on Intl rather than a
// library: the keys are checked by the compiler, and the Overview's byte budget (DESIGN §7) has no room
// for a general i18n runtime.
import { useMemo } from 'react';
import type { Lang, Localized } from '@/domain/types';
import { useLanguage } from '@/lib/preferences';
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { en, fr };
export const LANGS: readonly Lang[] = ['en', 'fr'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fr';
}

/** The message for a key with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export interface Formatters {
  /** A score on screen: one decimal (DESIGN §3). */
  score: (value: number) => string;
  /** A signed change in points, one decimal: "+4.2", "−1.0". */
  change: (value: number) => string;
  /** A share 0–1 as a whole percentage. */
  percent: (share: number) => string;
  integer: (value: number) => string;
  date: (iso: string) => string;
}

export function formatters(lang: Lang): Formatters {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    score: (value) => score.format(value),
    change: (value) => change.format(value).replace('-', '−'),
    percent: (share) => percent.format(share),
    integer: (value) => integer.format(value),
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
  };
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
