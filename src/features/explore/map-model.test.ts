import { describe, expect, it } from 'vitest';
import { measureOf, memberValue } from '@/domain/measures';
import { rating } from '@/domain/ratings';
import { mockDataset } from '../../../tests/engine';
import { classOf, quintileBreaks, selectMapModel } from './map-model';

const dataset = mockDataset();

describe('quintile classes for counts', () => {
  it('cuts the values into five classes of about equal size', () => {
    // 0..10: breaks at the 0th, 20th … 100th percentiles
    expect(quintileBreaks([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([0, 2, 4, 6, 8, 10]);
    expect(classOf(0, [0, 2, 4, 6, 8, 10])).toBe('initial');
    expect(classOf(3, [0, 2, 4, 6, 8, 10])).toBe('emerging');
    expect(classOf(5, [0, 2, 4, 6, 8, 10])).toBe('developing');
    expect(classOf(10, [0, 2, 4, 6, 8, 10])).toBe('advanced');
  });

  it('merges repeated breaks', () => {
    expect(quintileBreaks([0, 0, 0, 0, 5])).toEqual([0, 5]);
    expect(quintileBreaks([3, 3])).toEqual([3, 3]);
    expect(quintileBreaks([])).toEqual([]);
  });
});

describe('the map of a measure', () => {
  it('colours a score by its rating and keeps the evidence', () => {
    const api = measureOf(dataset, 'PAX.API');
    if (!api) throw new Error('no API');
    const model = selectMapModel(dataset, api, 2024);
    const kenya = model.entries.get('KEN');
    const value = memberValue(dataset, 'KEN', 2024, api);
    expect(kenya?.value).toBe(value);
    expect(kenya?.colour).toBe(value === null ? null : rating(value, dataset.framework.ratingBands).code);
    expect(kenya?.evidence.expected).toBe(1);
    expect(model.legend.map((item) => item.colour)).toEqual([
      'initial',
      'emerging',
      'developing',
      'established',
      'advanced',
    ]);
  });

  it('has no rating for a count, and only Members that existed in the cycle', () => {
    const seizures = measureOf(dataset, 'STC.SEIZURES');
    if (!seizures) throw new Error('no seizures');
    const model = selectMapModel(dataset, seizures, 2015);
    expect([...model.entries.values()].every((entry) => entry.rating === null)).toBe(true);
    expect(model.entries.has('XKX')).toBe(false); // Kosovo joined in 2017
    expect(model.legend.every((item) => item.kind === 'range')).toBe(true);
    expect(selectMapModel(dataset, seizures, 2015)).toBe(model);
  });
});
