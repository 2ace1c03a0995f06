// A refused request (the API needs a login) tells the user to sign in, in their language — not "server error".
import { describe, expect, it } from 'vitest';
import { LoadError } from '@/api/errors';
import { formatters } from '@/lib/i18n/format';
import { translator } from '@/lib/i18n/messages';
import { loadErrorMessages } from './load-error/messages';
import { loadErrorMessage } from './load-error-message';

const inLanguage = (error: unknown, lang: 'en' | 'fr') =>
  loadErrorMessage(error, translator(loadErrorMessages, lang), formatters(lang));

const refused = (status: number) =>
  new LoadError('http', 'framework.json', `the server answered ${status}`, { status });

describe('loadErrorMessage for a refused request', () => {
  it.each([401, 403])('asks the user to sign in (HTTP %i), in English and French', (status) => {
    const en = inLanguage(refused(status), 'en');
    const fr = inLanguage(refused(status), 'fr');
    expect(en).toMatch(/sign in/i);
    expect(en).toContain(`HTTP ${status}`);
    expect(en).not.toMatch(/answered with an error/);
    expect(fr).toMatch(/connectez-vous/i);
  });

  it('still calls a 500 a server error', () => {
    expect(inLanguage(refused(500), 'en')).toMatch(/answered with an error \(HTTP 500\)/);
  });
});
