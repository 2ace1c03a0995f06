// Feature-owned message catalogs. Each view keeps its strings beside its code in a `messages.ts` made with
// `defineMessages`; the French catalog must have exactly the English keys (the compiler checks it, and
// tests/unit/catalogs.test.ts checks every catalog in the repo).
import { useMemo } from 'react';
import type { Lang } from '@/domain/types';
import { useLanguage } from '@/lib/preferences';
import type { MessageParams } from './i18n';

export interface Catalog<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly fr: Readonly<Record<K, string>>;
}

export function defineMessages<const K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}

export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  return (key, params) => fill(catalog[lang][key], params);
}

/** `t` for a feature's own catalog, in the current language. */
export function useMessages<K extends string>(catalog: Catalog<K>): Translate<K> {
  const lang = useLanguage();
  return useMemo(() => translator(catalog, lang), [catalog, lang]);
}
