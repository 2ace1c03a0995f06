import { describe, expect, it } from 'vitest';
import { BANDS } from './fixtures.test-support';
import { summariseSeries } from './summary';

const series = (values: Record<number, number | null>) =>
  Object.entries(values).map(([cycle, value]) => ({ cycle: Number(cycle), value }));

const options = { baselineCycle: 2015, bands: BANDS };

describe('summariseSeries', () => {
  it('summarises a series up to a cycle, ignoring later cycles', () => {
    // Up to 2018: value 55 (Developing); trend over 2016–2018 = (55 − 40) / 2 = 7.5 a year, improving;
    // since the resolution 55 − 30 = 25. The 2019 value of 10 must change none of these.
    const result = summariseSeries(series({ 2015: 30, 2016: 40, 2017: 50, 2018: 55, 2019: 10 }), {
      ...options,
      cycle: 2018,
    });
    expect(result.value).toBe(55);
    expect(result.rating?.code).toBe('developing');
    expect(result.trend).toEqual({ direction: 'improving', slope: 7.5, from: 2016, to: 2018 });
    expect(result.change).toEqual({
      baseline: { cycle: 2015, value: 30 },
      latest: { cycle: 2018, value: 55 },
      change: 25,
    });
  });

  it('has no value or rating in a cycle without a value, but still a trend and change from earlier cycles', () => {
    // 2018 is missing: trend over 2015–2017 = (50 − 30) / 2 = 10; change to the latest known (2017) = 20.
    const result = summariseSeries(series({ 2015: 30, 2016: 40, 2017: 50, 2018: null }), { ...options, cycle: 2018 });
    expect(result.value).toBeNull();
    expect(result.rating).toBeNull();
    expect(result.trend.slope).toBe(10);
    expect(result.change?.change).toBe(20);
  });

  it('takes the change from 2016 when 2015 is missing', () => {
    const result = summariseSeries(series({ 2015: null, 2016: 20, 2017: 25 }), { ...options, cycle: 2017 });
    expect(result.change?.baseline).toEqual({ cycle: 2016, value: 20 });
    expect(result.change?.change).toBe(5);
  });

  it('rates on the unrounded value: 79.96 is Established, 80 Advanced', () => {
    expect(summariseSeries(series({ 2015: 79.96 }), { ...options, cycle: 2015 }).rating?.code).toBe('established');
    expect(summariseSeries(series({ 2015: 80 }), { ...options, cycle: 2015 }).rating?.code).toBe('advanced');
  });

  it('gives no rating to values that are not scores', () => {
    expect(summariseSeries(series({ 2015: 95 }), { ...options, bands: null, cycle: 2015 }).rating).toBeNull();
  });
});
