import { describe, expect, it } from 'vitest';
import type { Indicator } from '@/domain/types';
import { smallEngine } from '../../../tests/fixtures/serve-small-dataset';
import { valueText } from './indicator-model';
import { averageGap } from './score-figures';
import { scorecardSeries } from './scorecard-chart';
import { wordsFor } from './scorecard-words';

describe('averageGap', () => {
  it('measures the gap on the one-decimal figures a reader sees', () => {
    // 62.04 and 61.96 both read 62.0: level, though 0.08 apart.
    expect(averageGap(62.04, 61.96)).toEqual({ side: 'level', points: 0 });
    // 55.0 against 50.25, which reads 50.3: 4.7 above (not 4.75 rounded to 4.8).
    expect(averageGap(55, 50.25)).toEqual({ side: 'above', points: 4.7 });
    // 40.0 against 45.56, which reads 45.6: 5.6 below.
    expect(averageGap(40, 45.56)).toEqual({ side: 'below', points: 5.6 });
  });
});

describe('the scorecard’s lines', () => {
  it('are told apart by their markers, not by colour alone, also in the area cards drawn outside a chart frame', () => {
    const { members } = smallEngine();
    const [member] = members;
    if (!member) throw new Error('the small dataset has no Member');
    const markers = Object.values(scorecardSeries(wordsFor('en'), member, 'Region')).map((series) => series.marker);
    expect(markers.every(Boolean)).toBe(true);
    expect(new Set(markers).size).toBe(markers.length);
  });
});

describe('valueText of a count', () => {
  const { framework } = smallEngine();
  const byCode = (code: string): Indicator => {
    const found = framework.indicators.find((indicator) => indicator.code === code);
    if (!found) throw new Error(`no ${code} in the framework`);
    return found;
  };
  const activities = byCode('CB.ACTIVITIES');
  const cash = byCode('CFT.DETAINED');
  const read = (lang: 'en' | 'fr', indicator: Indicator) =>
    [0, 1, 2].map((n) => valueText(wordsFor(lang), framework, indicator, n));

  it('says one in English only for 1', () => {
    expect(read('en', activities)).toEqual(['0 activities', '1 activity', '2 activities']);
  });

  it('says one in French for 0 and 1', () => {
    expect(read('fr', activities)).toEqual(['0 activité', '1 activité', '2 activités']);
  });

  it('keeps a unit that has no form for one', () => {
    expect(read('en', cash)).toEqual(['0 USD', '1 USD', '2 USD']);
    expect(read('fr', cash)).toEqual(['0 USD', '1 USD', '2 USD']);
  });
});

describe('the rank’s tie', () => {
  it('is said for one and for many, and not at all without one, in both languages', () => {
    const en = wordsFor('en').t;
    const fr = wordsFor('fr').t;
    expect([0, 1, 2].map((n) => en('rank.tied', { n }))).toEqual([
      '',
      'Tied with 1 other Member on the same Index.',
      'Tied with 2 other Members on the same Index.',
    ]);
    expect([0, 1, 2].map((n) => fr('rank.tied', { n }))).toEqual([
      '',
      'À égalité avec 1 autre Membre (même indice).',
      'À égalité avec 2 autres Membres (même indice).',
    ]);
  });
});
