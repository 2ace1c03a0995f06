import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/messages';
import { smallEngine } from '../../../tests/fixtures/serve-small-dataset';
import { methodologyMessages } from './messages';
import { selectMethodology } from './methodology-model';

describe('the worked example’s area lines', () => {
  it('say “1 of 1 scored indicator”, in the singular, in English and French', () => {
    const en = translator(methodologyMessages, 'en');
    const fr = translator(methodologyMessages, 'fr');
    expect(en('example.areaReported', { reported: 1, scored: 1 })).toBe('1 of 1 scored indicator reported');
    expect(en('example.areaReported', { reported: 2, scored: 3 })).toBe('2 of 3 scored indicators reported');
    expect(fr('example.areaReported', { reported: 1, scored: 1 })).toBe('1 sur 1 indicateur noté déclaré');
    expect(fr('example.areaReported', { reported: 2, scored: 3 })).toBe('2 des 3 indicateurs notés déclarés');
  });

  it('are in the example table for an area with one scored indicator', () => {
    const view = selectMethodology(smallEngine(), { lang: 'en' });
    const cells = view.example?.table.rows.flatMap((row) =>
      view.example?.table.columns.map((column) => column.cell(row)),
    );
    expect(cells).toContain('1 of 1 scored indicator reported');
  });
});
