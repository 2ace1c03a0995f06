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

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function pluralCategory(lang: Lang, value: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB');
    pluralRules.set(lang, rules);
  }
  return rules.select(value);
}

function formatNumber(lang: Lang, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** The end of the `{…}` group that opens at `start`, counting nested braces. */
function groupEnd(template: string, start: number): number {
  let depth = 0;
  for (let i = start; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * `{count, plural, one {# activity} other {# activities}}` — the ICU form, with `=0`-style exact cases — chosen
 * by the language's plural rules (French says "0 activité", English "0 activities"); `#` is the number.
 */
function plural(lang: Lang, value: number, options: string, params: MessageParams): string {
  const cases = new Map<string, string>();
  let i = 0;
  while (i < options.length) {
    const match = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
    match.lastIndex = i;
    const found = match.exec(options);
    if (!found?.[1]) break;
    const open = match.lastIndex - 1;
    const close = groupEnd(options, open);
    if (close < 0) break;
    cases.set(found[1], options.slice(open + 1, close));
    i = close + 1;
  }
  const chosen = cases.get(`=${value}`) ?? cases.get(pluralCategory(lang, value)) ?? cases.get('other') ?? '';
  return fill(chosen.replace(/#/g, formatNumber(lang, value)), params, lang);
}

/** The message with `{name}` placeholders filled in and plural forms chosen for the language. */
export function fill(template: string, params: MessageParams = {}, lang: Lang = 'en'): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const close = groupEnd(template, open);
    if (close < 0) break;
    const body = template.slice(open + 1, close);
    const pluralForm = /^(\w+),\s*plural,([\s\S]*)$/.exec(body);
    const name = pluralForm?.[1] ?? body;
    const value = params[name];
    if (pluralForm && typeof value === 'number') out += plural(lang, value, pluralForm[2] ?? '', params);
    else if (!pluralForm && /^\w+$/.test(body) && value !== undefined) out += String(value);
    else out += template.slice(open, close + 1);
    i = close + 1;
  }
  return out + template.slice(i);
}

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  return (key, params) => fill(catalog[lang][key], params, lang);
}
