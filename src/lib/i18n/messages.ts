// Feature-owned message catalogs and the message format. Each view keeps its strings beside its code in a
// `messages.ts` made with `defineMessages`; the French catalog must have exactly the English keys (the compiler
// checks it, and tests/unit/catalogs.test.ts checks every catalog in the repo). The hook that reads a catalog,
// useMessages, is in i18n.ts: it must switch language at the same moment as the shared messages do.
import type { Lang } from '@/domain/types';

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Catalog<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly fr: Readonly<Record<K, string>>;
}

export function defineMessages<const K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}

export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

const plurals = new Map<Lang, Intl.PluralRules>();

/** The language's plural category of a number: French says "0 activité", English "0 activities". */
function category(value: number, lang: Lang): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(value);
}

/**
 * The message with `{name}` placeholders filled in, and ICU plural forms — `{n, plural, =0 {none} one {# Member}
 * other {# Members}}`, cases without placeholders of their own — chosen by the language's plural rules; `#` is
 * the number. A placeholder without a value stays visible as written.
 */
export function fill(template: string, params: MessageParams = {}, lang: Lang = 'en'): string {
  return template
    .replace(/\{(\w+), plural,((?:\s*\S+\s*\{[^{}]*\})+)\s*\}/g, (whole, name: string, options: string) => {
      const value = params[name];
      if (typeof value !== 'number') return whole;
      const cases = new Map([...options.matchAll(/(\S+)\s*\{([^{}]*)\}/g)].map((match) => [match[1], match[2]]));
      const text = cases.get(`=${value}`) ?? cases.get(category(value, lang)) ?? cases.get('other') ?? whole;
      return text.replaceAll('#', value.toLocaleString(lang));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  return (key, params) => fill(catalog[lang][key], params, lang);
}
