// The sketch's geometry, worked by hand from Recharts' rules (the browser test chart-sketch.spec.ts checks the
// sketch against the drawn Recharts chart itself).
import { describe, expect, it } from 'vitest';
import { linePath, visibleXTicks, yTicks } from './chart-geometry';

describe('yTicks', () => {
  it('splits a 0–100 score axis in quarters', () => {
    expect(yTicks([0, 100])).toEqual([0, 25, 50, 75, 100]);
  });

  it('rounds the step up to a round figure and ends on the bound', () => {
    // (30 − 0) / 4 = 7.5, one digit: rounded up to the next tenth of 10, 8; then 0, 8, 16, 24 and the bound 30.
    expect(yTicks([0, 30])).toEqual([0, 8, 16, 24, 30]);
    // (1 − 0) / 4 = 0.25, no digit before the point: rounded up to the next 5 % of 1, 0.25.
    expect(yTicks([0, 1])).toEqual([0, 0.25, 0.5, 0.75, 1]);
    // (20 − (−10)) / 4 = 7.5 → 8: −10, −2, 6, 14, then 20.
    expect(yTicks([-10, 20])).toEqual([-10, -2, 6, 14, 20]);
  });

  it('gives one tick for an empty span', () => {
    expect(yTicks([5, 5])).toEqual([5]);
  });
});

describe('visibleXTicks', () => {
  const ticks = [2015, 2016, 2017, 2018].map((year, i) => ({ label: String(year), x: 40 + i * 30 }));

  it('keeps every label that fits', () => {
    const kept = visibleXTicks(ticks, () => 20, 0, 200);
    expect(kept.map((tick) => tick.label)).toEqual(['2015', '2016', '2017', '2018']);
  });

  it('drops labels from the end backwards when they would come within 5 px of the next kept one', () => {
    // 28 px labels 30 px apart: 2018 is kept, 2017 would end 2 px from it, 2016 fits, 2015 does not.
    const kept = visibleXTicks(ticks, () => 28, 0, 200);
    expect(kept.map((tick) => tick.label)).toEqual(['2016', '2018']);
  });

  it('pulls the last label in to stay inside the chart, its tick staying in place', () => {
    const [last] = visibleXTicks([{ label: '2026', x: 195 }], () => 20, 0, 200);
    expect(last).toEqual({ label: '2026', x: 195, labelX: 190 });
  });
});

describe('linePath', () => {
  it('breaks the line where a value is missing', () => {
    expect(linePath([[0, 10], [10, 20], null, [30, 5], [40, 0]])).toBe('M0,10L10,20M30,5L40,0');
  });
});
