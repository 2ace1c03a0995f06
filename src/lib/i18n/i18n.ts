// Messages and number/date formats in the user's language. A small typed layer on Intl rather than a
// library: the keys are checked by the compiler, and the Overview's byte budget (DESIGN §7) has no room
// for a general i18n runtime.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Lang, Localized } from '@/domain/types';
import { useLanguage } from '@/lib/preferences';
import { en, type MessageKey } from './en';
import { formatters, type Formatters } from './format';
import { fill, translator, type Catalog, type MessageParams, type Translate } from './messages';

export type { MessageKey };
export type { MessageParams };

type Messages = Readonly<Record<MessageKey, string>>;

// English is built in; French loads when first wanted, so that English readers do not download it.
const catalogs: Partial<Record<Lang, Messages>> = { en };
const loaders: Readonly<Record<Lang, () => Promise<Messages>>> = {
  en: () => Promise.resolve(en),
  fr: () => import('./fr').then((module) => module.fr),
};
const loading = new Map<Lang, Promise<void>>();
const listeners = new Set<() => void>();

export const LANGS: readonly Lang[] = ['en', 'fr'];

/** Makes a language's messages available; resolves once they are (main.tsx waits for the first one). */
export function loadLanguage(lang: Lang): Promise<void> {
  if (catalogs[lang]) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = loaders[lang]().then(
      (messages) => {
        catalogs[lang] = messages;
        listeners.forEach((listener) => {
          listener();
        });
      },
      (error: unknown) => {
        loading.delete(lang); // offline before the file was kept: try again next time
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fr';
}

/** The message for a key with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return fill((catalogs[lang] ?? en)[key], params, lang);
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

/**
 * The language the page is shown in: the user's, once its shared messages have arrived, English until then.
 * Both hooks below read it, so the shared messages and a view's own switch language in the same render.
 */
function useShownLanguage(): Lang {
  const wanted = useLanguage();
  const ready = useSyncExternalStore(subscribe, () => catalogs[wanted] !== undefined);
  useEffect(() => {
    if (!ready) loadLanguage(wanted).catch(() => undefined);
  }, [wanted, ready]);
  return ready ? wanted : 'en';
}

/** The shared messages and formats in the language shown. */
export function useI18n(): I18n {
  const lang = useShownLanguage();
  return useMemo(() => createI18n(lang), [lang]);
}

/** `t` for a feature's own catalog, in the language shown. */
export function useMessages<K extends string>(catalog: Catalog<K>): Translate<K> {
  const lang = useShownLanguage();
  return useMemo(() => translator(catalog, lang), [catalog, lang]);
}
