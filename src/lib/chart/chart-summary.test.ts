import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n/i18n';
import type { ChartConfig, ChartRow } from './chart-config';
import { changeFacts, changeSummary } from './chart-summary';

// Worked by hand: the world rises 40 → 45 → 47 → 49 (biggest step +5, 2015→2016); Europe 30 → – → 50 → 41
// (the step across its gap is no step; 2017→2018 is −9, bigger than +5); the world's coverage falls from
// 50/52 (96%) to 30/52 (58%) in 2018, a drop of 38 points; 2016→2017 falls 2 points only. Europe's coverage falls
// from 20/40 to 13/40 in 2018 (50% → 33%, 17 points: under the 20-point bar).
const rows: ChartRow[] = [
  { cycle: 2015, world: 40, region: 30 },
  { cycle: 2016, world: 45, region: null },
  { cycle: 2017, world: 47, region: 50 },
  { cycle: 2018, world: 49, region: 41 },
];
const coverage = {
  world: [
    { n: 50, of: 52 },
    { n: 51, of: 52 },
    { n: 50, of: 52 },
    { n: 30, of: 52 },
  ],
  region: [{ n: 20, of: 40 }, null, { n: 20, of: 40 }, { n: 13, of: 40 }],
};
const config: ChartConfig = {
  world: { label: 'World', color: '--series-world' },
  region: { label: 'Europe', color: '--series-1' },
};

describe('changeFacts', () => {
  it('finds the biggest change between cycles in a row, a gap between values and a coverage drop', () => {
    expect(changeFacts(rows, ['world', 'region'], coverage)).toEqual({
      biggest: { key: 'region', from: 2017, to: 2018, change: -9 },
      gaps: [{ key: 'region', cycles: [2016] }],
      drops: [{ key: 'world', cycle: 2018, from: 50 / 52, to: 30 / 52 }],
    });
  });

  it('takes the first line’s earlier change on a tie, and no gap before the first or after the last value', () => {
    const even: ChartRow[] = [
      { cycle: 2015, a: null, b: 10 },
      { cycle: 2016, a: 1, b: 12 },
      { cycle: 2017, a: 3, b: 10 },
      { cycle: 2018, a: null, b: null },
    ];
    expect(changeFacts(even, ['a', 'b'])).toEqual({
      biggest: { key: 'a', from: 2016, to: 2017, change: 2 },
      gaps: [],
      drops: [],
    });
  });

  it('has no biggest change without two values in a row', () => {
    const sparse: ChartRow[] = [
      { cycle: 2015, a: 1 },
      { cycle: 2016, a: null },
      { cycle: 2017, a: 5 },
    ];
    expect(changeFacts(sparse, ['a']).biggest).toBeNull();
  });
});

describe('changeSummary', () => {
  it('says it in English', () => {
    expect(changeSummary(rows, config, { coverage }, { i18n: createI18n('en') })).toBe(
      'The biggest change from one cycle to the next: Europe, −9.0 points from 2017 to 2018. ' +
        'Europe: no value in 2016, between cycles with one. ' +
        'In 2018 reporting for World falls from 96% to 58% of Members.',
    );
  });

  it('says a cycle where reporting falls on several lines once, naming the biggest fall', () => {
    const both = { ...coverage, region: [null, null, { n: 40, of: 40 }, { n: 10, of: 40 }] };
    expect(changeSummary(rows, config, { coverage: both }, { i18n: createI18n('en') })).toContain(
      'In 2018 reporting falls sharply on 2 lines, most for Europe: from 100% to 25% of Members.',
    );
  });

  it('says it in French, and in the chart’s own unit when it has one', () => {
    const i18n = createI18n('fr');
    const formatChange = (change: number) => `${i18n.fmt.change(change)} saisies`;
    expect(changeSummary(rows, config, {}, { i18n, formatChange })).toBe(
      'Plus forte variation d’un cycle au suivant : Europe, −9,0 saisies de 2017 à 2018. ' +
        'Europe : aucune valeur en 2016, entre des cycles qui en ont une.',
    );
  });
});
