// A refused request (the API needs a login) tells the user to sign in, in their language — not "server error".
import { describe, expect, it } from 'vitest';
import { LoadError } from '@/api/errors';
import { createI18n, loadLanguage } from '@/lib/i18n/i18n';
import { loadErrorMessage } from './load-error-message';

const refused = (status: number) =>
  new LoadError('http', 'framework.json', `the server answered ${status}`, { status });

describe('loadErrorMessage for a refused request', () => {
  it.each([401, 403])('asks the user to sign in (HTTP %i), in English and French', async (status) => {
    await loadLanguage('fr');
    const en = loadErrorMessage(refused(status), createI18n('en'));
    const fr = loadErrorMessage(refused(status), createI18n('fr'));
    expect(en).toMatch(/sign in/i);
    expect(en).toContain(`HTTP ${status}`);
    expect(en).not.toMatch(/answered with an error/);
    expect(fr).toMatch(/connectez-vous/i);
  });

  it('still calls a 500 a server error', () => {
    expect(loadErrorMessage(refused(500), createI18n('en'))).toMatch(/answered with an error \(HTTP 500\)/);
  });
});
