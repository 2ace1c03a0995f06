import { describe, expect, it } from 'vitest';
import { BANDS } from '@/domain/fixtures.test-support';
import { createI18n } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import { chartMessages } from './chart-messages';
import type { ChartConfig, ChartRow } from './chart-config';
import { isNavigationKey, movePoint, pointAnnouncement, type ChartPoint } from './chart-navigation';

// Three cycles; the region has no value in 2016, the Member none at all.
const rows: ChartRow[] = [
  { cycle: 2015, world: 40, region: 30, member: null },
  { cycle: 2016, world: 45.25, region: null, member: null },
  { cycle: 2017, world: 61, region: 50, member: null },
];
const keys = ['world', 'region', 'member'];
const at = (series: number, row: number): ChartPoint => ({ series, row });

describe('movePoint', () => {
  it('starts at the first series’ first point, or its last with End', () => {
    expect(movePoint(rows, keys, null, 'ArrowRight')).toEqual(at(0, 0));
    expect(movePoint(rows, keys, null, 'ArrowDown')).toEqual(at(0, 0));
    expect(movePoint(rows, keys, null, 'End')).toEqual(at(0, 2));
  });

  it('moves cycle to cycle and stays at either end', () => {
    expect(movePoint(rows, keys, at(0, 0), 'ArrowRight')).toEqual(at(0, 1));
    expect(movePoint(rows, keys, at(0, 1), 'ArrowLeft')).toEqual(at(0, 0));
    expect(movePoint(rows, keys, at(0, 0), 'ArrowLeft')).toEqual(at(0, 0));
    expect(movePoint(rows, keys, at(0, 2), 'ArrowRight')).toEqual(at(0, 2));
  });

  it('skips a cycle without a value', () => {
    expect(movePoint(rows, keys, at(1, 0), 'ArrowRight')).toEqual(at(1, 2));
    expect(movePoint(rows, keys, at(1, 2), 'ArrowLeft')).toEqual(at(1, 0));
  });

  it('goes to the first and last point with Home and End', () => {
    expect(movePoint(rows, keys, at(0, 1), 'Home')).toEqual(at(0, 0));
    expect(movePoint(rows, keys, at(0, 1), 'End')).toEqual(at(0, 2));
  });

  it('moves line to line, to the nearest cycle with a value, and skips a line without any', () => {
    expect(movePoint(rows, keys, at(0, 2), 'ArrowDown')).toEqual(at(1, 2));
    // The region has no 2016 value: 2015 and 2017 are as near, the earlier is taken.
    expect(movePoint(rows, keys, at(0, 1), 'ArrowDown')).toEqual(at(1, 0));
    // Below the region is only the Member, who has no value: the point stays.
    expect(movePoint(rows, keys, at(1, 0), 'ArrowDown')).toEqual(at(1, 0));
    expect(movePoint(rows, keys, at(1, 2), 'ArrowUp')).toEqual(at(0, 2));
    expect(movePoint(rows, keys, at(0, 2), 'ArrowUp')).toEqual(at(0, 2));
  });

  it('has nowhere to go in a chart without values', () => {
    expect(movePoint(rows, ['member'], null, 'Home')).toBeNull();
  });

  it('knows its keys', () => {
    expect(isNavigationKey('ArrowUp')).toBe(true);
    expect(isNavigationKey('Tab')).toBe(false);
  });
});

describe('pointAnnouncement', () => {
  const config: ChartConfig = {
    world: { label: 'World', color: '--series-world' },
    region: { label: 'Europe', color: '--series-1' },
    member: { label: 'France', color: '--series-2' },
  };
  const coverage = {
    world: [
      { n: 40, of: 52 },
      { n: 41, of: 52 },
      { n: 50, of: 52 },
    ],
  };
  const words = (lang: 'en' | 'fr') => {
    const i18n = createI18n(lang);
    return { i18n, m: translator(chartMessages, lang), formatValue: i18n.fmt.score };
  };

  it('says series, cycle, value, rating and coverage', () => {
    expect(pointAnnouncement(rows, config, at(0, 1), { bands: BANDS, coverage }, words('en'))).toBe(
      'World, 2016: 45.3, Developing, 41 of 52 Members reported',
    );
  });

  // The test bands are named alike in both languages; numbers and coverage are French.
  it('says it in French', () => {
    expect(pointAnnouncement(rows, config, at(0, 2), { bands: BANDS, coverage }, words('fr'))).toBe(
      'World, 2017 : 61,0, Established, 50 Membres sur 52 ayant déclaré',
    );
  });

  it('leaves out what the chart does not have: ratings of non-scores, coverage of Members', () => {
    expect(pointAnnouncement(rows, config, at(1, 0), {}, words('en'))).toBe('Europe, 2015: 30.0');
    expect(pointAnnouncement(rows, config, at(2, 0), { bands: BANDS }, words('en'))).toBe('');
  });
});
