// Every message catalog in the app — the shared one and each feature's `messages.ts` — has the same keys
// and placeholders in English and French, and no empty message.
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import type { Catalog } from '@/lib/i18n/messages';

const featureCatalogs = import.meta.glob<Record<string, unknown>>('/src/**/messages.ts', { eager: true });

function isCatalog(value: unknown): value is Catalog<string> {
  return typeof value === 'object' && value !== null && 'en' in value && 'fr' in value;
}

const catalogs: [string, Catalog<string>][] = [['src/lib/i18n (shared)', { en, fr }]];
for (const [file, module] of Object.entries(featureCatalogs)) {
  for (const [name, value] of Object.entries(module)) {
    if (isCatalog(value)) catalogs.push([`${file} ${name}`, value]);
  }
}

// `{name}` and the argument of a plural form, `{name, plural, …}`: a language may place them differently (French
// "{n, plural, …} sur {of}", English "{n} of {of, plural, …}"), but must use the same ones.
/** The values a message asks for: `{name}` placeholders and plural arguments, not the words inside plural cases. */
const placeholders = (text: string) => {
  // A plural case's body (`one {is}`) is text in the case, not a placeholder: drop the cases first.
  const withoutCases = text.replace(/(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}/g, '');
  return [...new Set([...withoutCases.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))].sort();
};

describe.each(catalogs)('%s', (_name, catalog) => {
  it('has the same keys in English and French', () => {
    expect(Object.keys(catalog.fr).sort()).toEqual(Object.keys(catalog.en).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(catalog.en)) {
      expect(placeholders(catalog.fr[key] ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('has no empty message', () => {
    for (const text of [...Object.values(catalog.en), ...Object.values(catalog.fr)]) expect(text.trim()).not.toBe('');
  });
});
