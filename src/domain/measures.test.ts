import { describe, expect, it } from 'vitest';
import { FRAMEWORK, observation } from './fixtures.test-support';
import { groupSeries, groupValue, measureUnit, median, medianAggregate, memberValue } from './measures';
import {
  adoptionSeries,
  changeSeries,
  measureCode,
  measureOf,
  memberEvidence,
  memberMeasureSeries,
} from './measure-series';
import { WORLD } from './score-table';
import { type CycleReport, type Dataset, type Indicator, type Member, type Observation, type Measure } from './types';

const member = (code: string, region: string, joined = 2000): Member => ({
  code,
  name: { en: code, fr: code },
  region,
  kind: 'state',
  joined,
});

/** Three Members: M1 and M2 in R1, M3 in R2 (joined 2017). Values are indicator code → value per cycle. */
function dataset(values: Record<string, Record<number, Record<string, number>>>): Dataset {
  const index = new Map<string, Map<number, CycleReport>>();
  for (const [code, cycles] of Object.entries(values)) {
    const byCycle = new Map<number, CycleReport>();
    for (const [cycle, report] of Object.entries(cycles)) {
      byCycle.set(
        Number(cycle),
        new Map(Object.entries(report).map(([ind, v]) => [ind, observation(code, Number(cycle), ind, v)])),
      );
    }
    index.set(code, byCycle);
  }
  return {
    framework: FRAMEWORK,
    members: [member('M1', 'R1'), member('M2', 'R1'), member('M3', 'R2', 2017)],
    observations: index,
    source: { illustrative: true, name: 'test', asOf: '2021-01-01' },
  };
}

const indicatorMeasure = (code: string): Measure => {
  const indicator = FRAMEWORK.indicators.find((candidate) => candidate.code === code) as Indicator;
  return { kind: 'indicator', indicator };
};

describe('measure codes', () => {
  const data = dataset({});
  it('reads the Index, scored areas and indicators, and nothing else', () => {
    expect(measureOf(data, 'INDEX')).toEqual({ kind: 'index' });
    expect(measureOf(data, 'B')).toEqual({ kind: 'area', area: 'B' });
    expect(measureOf(data, 'A.COUNT')).toMatchObject({ kind: 'indicator', indicator: { code: 'A.COUNT' } });
    // C has only a count: it has no score, so no area measure.
    expect(measureOf(data, 'C')).toBeNull();
    expect(measureOf(data, 'NOPE')).toBeNull();
  });

  it('round-trips a code', () => {
    for (const code of ['INDEX', 'A', 'A.PCT']) {
      const measure = measureOf(data, code);
      expect(measure && measureCode(measure)).toBe(code);
    }
  });

  it('keeps context indicators in their own unit', () => {
    expect(measureUnit(indicatorMeasure('A.PCT'))).toBe('score');
    expect(measureUnit(indicatorMeasure('A.COUNT'))).toBe('count');
    expect(measureUnit({ kind: 'index' })).toBe('score');
  });
});

describe('values of a measure', () => {
  const data = dataset({
    M1: { 2015: { 'A.YES': 1, 'A.STAGE': 2, 'A.PCT': 60, 'A.COUNT': 7, 'B.ONE': 4, 'B.TWO': 0 } },
    M2: { 2015: { 'A.STAGE': 1, 'A.COUNT': 3 } },
  });

  it('scores a scored indicator and keeps a count raw', () => {
    // stage 2 → 50; 60% → stage 3 → 75
    expect(memberValue(data, 'M1', 2015, indicatorMeasure('A.STAGE'))).toBe(50);
    expect(memberValue(data, 'M1', 2015, indicatorMeasure('A.PCT'))).toBe(75);
    expect(memberValue(data, 'M1', 2015, indicatorMeasure('A.COUNT'))).toBe(7);
    expect(memberValue(data, 'M2', 2015, indicatorMeasure('A.PCT'))).toBeNull();
  });

  it('reads area scores and the Index from the score table', () => {
    // M1: A = (100 + 50 + 75) / 3 = 75; B = (100 + 0) / 2 = 50; Index = 62.5
    expect(memberValue(data, 'M1', 2015, { kind: 'area', area: 'A' })).toBe(75);
    expect(memberValue(data, 'M1', 2015, { kind: 'index' })).toBe(62.5);
  });

  it('averages scored indicators over a group with coverage', () => {
    // R1 2015: M1 50, M2 25 → 37.5, 2 of 2
    expect(groupValue(data, 'R1', 2015, indicatorMeasure('A.STAGE'))).toMatchObject({ value: 37.5, n: 2, of: 2 });
  });

  it('takes the median of a count over a group, with coverage', () => {
    // World 2015: M3 has not joined, so the group is M1, M2: median of 7 and 3 = 5
    expect(groupValue(data, WORLD, 2015, indicatorMeasure('A.COUNT'))).toMatchObject({ value: 5, n: 2, of: 2 });
  });

  it('gives every cycle of the framework', () => {
    const series = memberMeasureSeries(data, 'M1', indicatorMeasure('A.COUNT'));
    expect(series.map((point) => point.cycle)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(series[0]?.value).toBe(7);
    expect(series[1]?.value).toBeNull();
    const world = groupSeries(data, WORLD, indicatorMeasure('A.COUNT'));
    expect(world[1]).toMatchObject({ value: null, aggregate: { n: 0, of: 2, sufficient: false } });
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('follows the 50% rule', () => {
    expect(medianAggregate([10, null, null], 3)).toMatchObject({ value: null, n: 1, of: 3, sufficient: false });
    expect(medianAggregate([10, 20, null, null], 4)).toMatchObject({ value: 15, sufficient: true });
  });
});

describe('change since the baseline', () => {
  const points = (values: (number | null)[]) => values.map((value, i) => ({ cycle: 2015 + i, value }));

  it('subtracts the 2015 value', () => {
    expect(changeSeries(points([40, 45, null, 52]), 2015).map((p) => p.value)).toEqual([0, 5, null, 12]);
  });

  it('uses 2016 where 2015 is missing, and nothing before it', () => {
    expect(changeSeries(points([null, 30, 36]), 2015).map((p) => p.value)).toEqual([null, 0, 6]);
  });

  it('is empty without a baseline', () => {
    expect(changeSeries(points([null, null, 36]), 2015).map((p) => p.value)).toEqual([null, null, null]);
  });
});

describe('adoption over time', () => {
  it('is the share of reporting Members at stage 3 or more, each cycle', () => {
    const data = dataset({
      M1: { 2015: { 'A.STAGE': 3 }, 2017: { 'A.STAGE': 4 } },
      M2: { 2015: { 'A.STAGE': 2 }, 2017: { 'A.STAGE': 3 } },
      M3: { 2017: { 'A.STAGE': 1 } },
    });
    const indicator = FRAMEWORK.indicators[1] as Indicator;
    const series = adoptionSeries(data, WORLD, indicator);
    // 2015: 1 of 2 reporting adopt; 2017: 2 of 3 (M3 joined in 2017)
    expect(series[0]?.adoption).toMatchObject({ rate: 0.5, n: 2, of: 2 });
    expect(series[2]?.adoption).toMatchObject({ adopters: 2, n: 3, of: 3 });
    expect(series[2]?.adoption.rate).toBeCloseTo(2 / 3, 10);
    // 2016: nobody reported → insufficient
    expect(series[1]?.adoption.rate).toBeNull();
  });
});

describe('evidence behind a value', () => {
  it('counts reported, validated and self-reported indicators and the latest submission', () => {
    const data = dataset({ M1: { 2016: { 'A.YES': 1, 'A.STAGE': 2 } } });
    const report = data.observations.get('M1')?.get(2016);
    const self: Observation = { ...observation('M1', 2016, 'A.STAGE', 2), provenance: 'self-reported' };
    const late: Observation = { ...observation('M1', 2016, 'A.YES', 1), submitted: '2017-09-30' };
    (report as Map<string, Observation>).set('A.STAGE', self).set('A.YES', late);
    expect(memberEvidence(data, 'M1', 2016, { kind: 'area', area: 'A' })).toEqual({
      reported: 2,
      expected: 3,
      validated: 1,
      selfReported: 1,
      provisional: 0,
      submitted: '2017-09-30',
    });
    expect(memberEvidence(data, 'M2', 2016, { kind: 'index' })).toMatchObject({
      reported: 0,
      expected: 5,
      submitted: null,
    });
  });
});
