import { describe, expect, it } from 'vitest';
import { latestPoint, sinceResolution, trend } from './trends';

const series = (values: Record<number, number | null>) =>
  Object.entries(values).map(([cycle, value]) => ({ cycle: Number(cycle), value }));

describe('trend', () => {
  it('takes the slope over the last three known cycles', () => {
    // 2018–2020: (60 − 50) / 2 = 5 points a year; 2015's 0 is ignored
    const result = trend(series({ 2015: 0, 2018: 50, 2019: 70, 2020: 60 }));
    expect(result).toEqual({ direction: 'improving', slope: 5, from: 2018, to: 2020 });
  });

  it('skips cycles without a value and divides by the years between', () => {
    // known 2016, 2018, 2021: (46 − 40) / 5 = 1.2 → moderately improving
    const result = trend(series({ 2016: 40, 2017: null, 2018: 43, 2019: null, 2020: null, 2021: 46 }));
    expect(result.slope).toBeCloseTo(1.2, 10);
    expect(result.direction).toBe('moderate');
  });

  it('is computed from two cycles', () => {
    expect(trend(series({ 2019: 50, 2020: 52.5 }))).toMatchObject({ direction: 'improving', slope: 2.5 });
  });

  it('needs two cycles', () => {
    expect(trend(series({ 2019: null, 2020: 52 })).direction).toBe('insufficient');
    expect(trend([]).slope).toBeNull();
  });

  it.each([
    [2.5, 'improving'],
    [2.49, 'moderate'],
    [0.5, 'moderate'],
    [0.49, 'stagnating'],
    [-0.49, 'stagnating'],
    [-0.5, 'declining'],
    [-3, 'declining'],
  ])('a slope of %s a year is %s', (slope, direction) => {
    expect(trend(series({ 2019: 50, 2020: 50 + slope })).direction).toBe(direction);
  });
});

describe('since the resolution', () => {
  it('is the latest score minus the 2015 score', () => {
    expect(sinceResolution(series({ 2015: 30, 2016: 35, 2020: 55, 2021: null }), 2015)).toEqual({
      baseline: { cycle: 2015, value: 30 },
      latest: { cycle: 2020, value: 55 },
      change: 25,
    });
  });

  it('falls back to 2016 when 2015 is missing', () => {
    expect(sinceResolution(series({ 2015: null, 2016: 40, 2019: 30 }), 2015)?.change).toBe(-10);
  });

  it('is not available without a 2015 or 2016 score', () => {
    expect(sinceResolution(series({ 2015: null, 2016: null, 2017: 40, 2020: 60 }), 2015)).toBeNull();
  });

  it('is not available when the baseline is the only score', () => {
    expect(sinceResolution(series({ 2015: 40 }), 2015)).toBeNull();
  });
});

describe('latest point', () => {
  it('is the most recent cycle with a value', () => {
    expect(latestPoint(series({ 2018: 10, 2019: 20, 2020: null }))).toEqual({ cycle: 2019, value: 20 });
    expect(latestPoint(series({ 2019: null }))).toBeNull();
  });
});
