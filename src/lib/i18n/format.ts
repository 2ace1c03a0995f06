// Number and date formats per language, on Intl. Pure: usable in tests and Node scripts.
import type { Lang, Localized } from '@/domain/types';

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

// Intl formatters are costly to create (tens of milliseconds for the five on a phone, in the page's first
// render): each is made on its first use, once per language.
const cache = new Map<Lang, Formatters>();

export function formatters(lang: Lang): Formatters {
  let made = cache.get(lang);
  if (!made) {
    made = makeFormatters(lang);
    cache.set(lang, made);
  }
  return made;
}

/** `make()`'s result, made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** The locale a language's numbers and dates are written in. */
export function intlLocale(lang: Lang): 'fr-FR' | 'en-GB' {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

function makeFormatters(lang: Lang): Formatters {
  const locale = intlLocale(lang);
  const number = (options: Intl.NumberFormatOptions) => once(() => new Intl.NumberFormat(locale, options));
  const score = number({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const change = number({ minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const percent = number({ style: 'percent', maximumFractionDigits: 0 });
  const integer = number({ maximumFractionDigits: 0 });
  const date = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return {
    score: (value) => score().format(value),
    change: (value) => change().format(value).replace('-', '−'),
    percent: (share) => percent().format(share),
    integer: (value) => integer().format(value),
    date: (iso) => date().format(new Date(`${iso}T00:00:00Z`)),
  };
}

const unitPlurals = new Map<Lang, Intl.PluralRules>();

/**
 * The unit a whole number is read with: the form for one where the language's plural rules say "one" (French: 0
 * and 1, "0 activité"; English: only 1, "1 activity"), else the plural; the plural whenever no form for one is
 * given (a currency code). The number is taken as shown, to the whole unit.
 */
export function unitText(lang: Lang, value: number, unit: Localized, unitOne?: Localized): string {
  const rules = unitPlurals.get(lang) ?? new Intl.PluralRules(intlLocale(lang));
  unitPlurals.set(lang, rules);
  return unitOne && rules.select(Math.round(value)) === 'one' ? unitOne[lang] : unit[lang];
}
