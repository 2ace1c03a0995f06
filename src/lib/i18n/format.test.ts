import { describe, expect, it } from 'vitest';
import { unitText } from './format';

const ACTIVITIES = { en: 'activities', fr: 'activités' };
const ACTIVITY = { en: 'activity', fr: 'activité' };

describe('unitText', () => {
  it('reads one in English only for 1', () => {
    expect([0, 1, 2].map((n) => unitText('en', n, ACTIVITIES, ACTIVITY))).toEqual([
      'activities',
      'activity',
      'activities',
    ]);
  });

  it('reads one in French for 0 and 1', () => {
    expect([0, 1, 2].map((n) => unitText('fr', n, ACTIVITIES, ACTIVITY))).toEqual([
      'activité',
      'activité',
      'activités',
    ]);
  });

  it('chooses by the number as shown, to the whole unit', () => {
    expect(unitText('en', 1.2, ACTIVITIES, ACTIVITY)).toBe('activity');
    expect(unitText('en', 1.6, ACTIVITIES, ACTIVITY)).toBe('activities');
  });

  it('keeps the plural unit when the framework gives no form for one', () => {
    const usd = { en: 'USD', fr: 'USD' };
    expect(unitText('en', 1, usd)).toBe('USD');
    expect(unitText('fr', 0, usd)).toBe('USD');
  });
});
