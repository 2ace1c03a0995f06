import { describe, expect, it } from 'vitest';
import { formatters } from './format';
import { translate } from './i18n';

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'coverage', { n: 12, of: 30 })).toBe('12 of 30 Members');
    expect(translate('fr', 'coverage', { n: 12 })).toBe('12 Membres sur {of}');
  });
});

describe('formats', () => {
  it('shows scores with one decimal in each language', () => {
    expect(formatters('en').score(58.333)).toBe('58.3');
    expect(formatters('fr').score(58.333)).toBe('58,3');
  });

  it('signs changes with a true minus', () => {
    expect(formatters('en').change(4.25)).toBe('+4.3');
    expect(formatters('en').change(-1)).toBe('−1.0');
  });

  it('formats dates and percentages for the language', () => {
    expect(formatters('en').date('2026-03-14')).toBe('14 March 2026');
    expect(formatters('fr').date('2026-03-14')).toBe('14 mars 2026');
    expect(formatters('fr').percent(0.5).replace(/\s/g, ' ')).toBe('50 %');
  });
});
