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

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
