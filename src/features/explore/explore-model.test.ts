import { describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { changeSeries, groupSeries, measureOf, memberMeasureSeries } from '@/domain/measures';
import { WORLD } from '@/domain/score-table';
import { mockDataset } from '../../../tests/engine';
import { selectExplore, selectExploreFrame, summaryFacts, type ExploreView } from './explore-model';

const dataset = mockDataset();
const view: ExploreView = {
  measure: 'PAX.API',
  regions: ['EUR', 'WCA'],
  members: ['KEN'],
  from: 2016,
  to: 2024,
  mode: 'value',
};

function measure(code: string) {
  const found = measureOf(dataset, code);
  if (!found) throw new Error(code);
  return found;
}

describe('the explorer frame', () => {
  it('offers the Index, every scored area and every indicator, grouped by area', () => {
    const frame = selectExploreFrame(dataset);
    const codes = frame.measures.flatMap((group) => group.options.map((option) => option.code));
    expect(codes[0]).toBe('INDEX');
    expect(codes).toContain('PAX');
    expect(codes).toContain('CB.ACTIVITIES');
    // CB has no scored indicator, so no area score.
    expect(codes).not.toContain('CB');
    expect(codes).toHaveLength(1 + 7 + dataset.framework.indicators.length);
    expect(frame.latestClosed).toBe(latestClosedCycle(dataset.framework));
  });

  it('is computed once per dataset', () => {
    expect(selectExploreFrame(dataset)).toBe(selectExploreFrame(dataset));
  });
});

describe('the explorer series', () => {
  it('has the world, then the chosen regions and Members, over the chosen cycles', () => {
    const model = selectExplore(dataset, view);
    expect(model?.series.map((series) => series.key)).toEqual([WORLD, 'EUR', 'WCA', 'KEN']);
    expect(model?.cycles).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(model?.rows).toHaveLength(9);
  });

  it('holds the engine’s values, with coverage for groups', () => {
    const model = selectExplore(dataset, view);
    const europe = groupSeries(dataset, 'EUR', measure('PAX.API')).filter((p) => p.cycle >= 2016);
    const kenya = memberMeasureSeries(dataset, 'KEN', measure('PAX.API')).filter((p) => p.cycle >= 2016);
    const rows = model?.rows ?? [];
    rows.forEach((row, i) => {
      expect(row.EUR).toBe(europe[i]?.value);
      expect(row.KEN).toBe(kenya[i]?.value);
    });
    const point = model?.series[1]?.points[0];
    expect(point).toMatchObject({ n: europe[0]?.aggregate.n, of: europe[0]?.aggregate.of });
    expect(model?.series[3]?.points[0]).toMatchObject({ n: null, of: null });
  });

  it('takes change from the baseline cycle even when the range starts later', () => {
    const model = selectExplore(dataset, { ...view, mode: 'change' });
    const world = changeSeries(groupSeries(dataset, WORLD, measure('PAX.API')), 2015);
    expect(model?.rows[0]?.[WORLD]).toBe(world[1]?.value);
    expect(model?.series[0]?.points[0]?.level).toBe(groupSeries(dataset, WORLD, measure('PAX.API'))[1]?.value);
  });

  it('is memoised per view, and null for a measure the framework lacks', () => {
    expect(selectExplore(dataset, view)).toBe(selectExplore(dataset, { ...view, regions: ['EUR', 'WCA'] }));
    expect(selectExplore(dataset, { ...view, measure: 'NOPE' })).toBeNull();
  });
});

describe('summary facts', () => {
  it('names the world’s first and last values and the highest and lowest region', () => {
    const model = selectExplore(dataset, { ...view, measure: 'INDEX', regions: ['EUR', 'WCA', 'AMS'] });
    if (!model) throw new Error('no model');
    const facts = summaryFacts(model);
    expect(facts.world?.from.cycle).toBe(2016);
    expect(facts.world?.to.cycle).toBe(2024);
    const last = (key: string) => model.series.find((s) => s.key === key)?.points.at(-1)?.value ?? 0;
    const ranked = ['EUR', 'WCA', 'AMS'].sort((a, b) => last(b) - last(a));
    expect(facts.highest?.series.key).toBe(ranked[0]);
    expect(facts.lowest?.series.key).toBe(ranked[2]);
  });
});
