import { describe, expect, it } from 'vitest';
import { groupSeries } from '@/domain/measures';
import { changeSeries, measureOf, memberMeasureSeries } from '@/domain/measure-series';
import { WORLD } from '@/domain/score-table';
import { smallEngine } from '../../../tests/fixtures/serve-small-dataset';
import { STORIES } from '../../../tests/fixtures/small-dataset';
import { selectExploreFrame, type ExploreView } from './explore-frame';
import { selectExplore } from './explore-model';
import { checkRange } from './explore-state';
import { selectExploreSeries, summaryFacts } from './explore-series';

const dataset = smallEngine();
const view: ExploreView = {
  measure: 'PAX.API',
  regions: ['EUR', 'WCA'],
  members: [STORIES.riser],
  from: 2016,
  to: 2020,
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
    // 2020 is open: the map shows 2019 unless asked.
    expect(frame.latestClosed).toBe(2019);
  });

  it('is computed once per dataset', () => {
    expect(selectExploreFrame(dataset)).toBe(selectExploreFrame(dataset));
  });
});

describe('the explorer state', () => {
  it('refuses a range that runs backwards as a whole', () => {
    const frame = selectExploreFrame(dataset);
    const check = checkRange(frame);
    const values = { ...view, tab: 'chart', cycle: 2019 } as const;
    expect(check({ ...values, from: 2018, to: 2016 })).toEqual({
      values: { ...values, from: 2015, to: 2020 },
      invalid: ['from', 'to'],
    });
    expect(check(values)).toEqual({ values, invalid: [] });
  });
});

describe('the explorer series', () => {
  it('has the world, then the chosen regions and Members, over the chosen cycles', () => {
    const model = selectExploreSeries(dataset, view);
    expect(model?.series.map((series) => series.key)).toEqual([WORLD, 'EUR', 'WCA', STORIES.riser]);
    expect(model?.cycles).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(model?.rows).toHaveLength(5);
  });

  it('holds the engine’s values, with coverage for groups', () => {
    const model = selectExploreSeries(dataset, view);
    const europe = groupSeries(dataset, 'EUR', measure('PAX.API')).filter((p) => p.cycle >= 2016);
    const kenya = memberMeasureSeries(dataset, STORIES.riser, measure('PAX.API')).filter((p) => p.cycle >= 2016);
    const rows = model?.rows ?? [];
    expect(rows.map((row) => row.EUR)).toEqual(europe.map((point) => point.value));
    expect(rows.map((row) => row[STORIES.riser])).toEqual(kenya.map((point) => point.value));
    expect(model?.series[1]?.points[0]).toMatchObject({ n: europe[0]?.aggregate.n, of: europe[0]?.aggregate.of });
    expect(model?.series[3]?.points[0]).toMatchObject({ n: null, of: null });
  });

  it('takes change from the baseline cycle even when the range starts later', () => {
    const model = selectExploreSeries(dataset, { ...view, mode: 'change' });
    const world = changeSeries(groupSeries(dataset, WORLD, measure('PAX.API')), 2015);
    expect(model?.rows[0]?.[WORLD]).toBe(world[1]?.value);
    expect(model?.series[0]?.points[0]?.level).toBe(groupSeries(dataset, WORLD, measure('PAX.API'))[1]?.value);
  });

  it('is memoised per view, and null for a measure the framework lacks', () => {
    expect(selectExploreSeries(dataset, view)).toBe(selectExploreSeries(dataset, { ...view, regions: ['EUR', 'WCA'] }));
    expect(selectExploreSeries(dataset, { ...view, measure: 'NOPE' })).toBeNull();
  });
});

describe('summary facts', () => {
  it('names the world’s first and last values and the highest and lowest region', () => {
    const model = selectExploreSeries(dataset, { ...view, measure: 'INDEX', regions: ['EUR', 'WCA', 'AMS'] });
    if (!model) throw new Error('no model');
    const facts = summaryFacts(model);
    expect(facts.world?.from.cycle).toBe(2016);
    const last = facts.world?.to.cycle ?? 0;
    const at = (key: string) => model.series.find((s) => s.key === key)?.points.find((p) => p.cycle === last)?.value;
    const ranked = ['EUR', 'WCA', 'AMS'].sort((a, b) => (at(b) ?? 0) - (at(a) ?? 0));
    expect(facts.highest?.series.key).toBe(ranked[0]);
    expect(facts.lowest?.series.key).toBe(ranked[2]);
  });
});

describe('the explorer model', () => {
  const model = selectExplore(dataset, { view, lang: 'en', sort: undefined });

  it('draws the world as the reference line in its own colour token, dashed, then regions and Members', () => {
    expect(model?.config[WORLD]).toMatchObject({
      label: 'World',
      color: '--series-world',
      dashed: true,
      marker: 'ring',
    });
    expect(model?.config.EUR).toMatchObject({ label: 'Europe', color: '--series-1', dashed: true });
    expect(model?.config[STORIES.riser]).toMatchObject({ label: 'Kenya', color: '--series-3', dashed: false });
  });

  it('names the chart, its file and its table after the measure and the view', () => {
    expect(model?.title).toBe('Customs access to Advance Passenger Information (API), 2016–2020');
    expect(model?.subtitle).toContain('2020 is still open');
    expect(model?.file).toEqual({ measure: 'PAX.API', group: `world-EUR-WCA-${STORIES.riser}`, cycles: [2016, 2020] });
    expect(model?.table.caption).toBe(model?.title);
    expect(model?.table.rows.map((row) => row.key)).toEqual([WORLD, 'EUR', 'WCA', STORIES.riser]);
  });

  it('orders the table by a cycle, missing values last', () => {
    const sorted = selectExplore(dataset, { view, lang: 'en', sort: { key: '2016', direction: 'descending' } });
    const values = sorted?.table.rows.map((row) => row.points.find((point) => point.cycle === 2016)?.value ?? null);
    const known = (values ?? []).filter((value) => value !== null);
    expect(values?.slice(0, known.length)).toEqual([...known].sort((a, b) => b - a));
    expect(sorted?.table.sort).toEqual({ key: '2016', direction: 'descending' });
  });

  it('speaks French', () => {
    const fr = selectExplore(dataset, { view, lang: 'fr', sort: undefined });
    expect(fr?.config[WORLD]?.label).toBe('Monde');
    expect(fr?.title).toMatch(/, 2016–2020$/);
  });
});
