import { describe, expect, it } from 'vitest';
import { groupSeries } from '@/domain/measures';
import { overviewInput } from '@/domain/overview-facts';
import { INDEX_MEASURE, WORLD } from '@/domain/score-table';
import { summariseSeries } from '@/domain/summary';
import { formatters } from '@/lib/i18n/format';
import { smallEngine } from '../../../tests/fixtures/serve-small-dataset';
import { selectOverview } from './overview-model';
import { selectOverviewSections } from './overview-sections-model';

const dataset = smallEngine();
const cycle = 2019; // 2020 is open

describe('the Overview model', () => {
  it('headlines the world Index through summariseSeries', () => {
    const summary = summariseSeries(groupSeries(dataset, WORLD, INDEX_MEASURE), {
      cycle,
      baselineCycle: 2015,
      bands: dataset.framework.ratingBands,
    });
    const model = selectOverview(overviewInput(dataset), 'en');
    expect(model.index.label).toBe(`World Security Index, ${cycle}`);
    expect(model.index.value).toBe(formatters('en').score(summary.value ?? Number.NaN));
    expect(model.index.rating).toBe(summary.rating?.name.en);
    expect(model.openCycle).toMatch(/^The 2020 cycle is still open/);
    expect(model.chart.rows).toHaveLength(6);
  });
});

describe('the Overview sections model', () => {
  const sections = selectOverviewSections(overviewInput(dataset), 'en');

  it('draws the world as the reference line in its own colour token, then the six regions', () => {
    expect(sections.regions.config[WORLD]).toMatchObject({ color: '--series-world', dashed: true, marker: 'ring' });
    expect(Object.keys(sections.regions.config)).toEqual([WORLD, 'AMS', 'ESA', 'EUR', 'AP', 'MENA', 'WCA']);
    expect(sections.regions.config.AMS?.color).toBe('--series-1');
  });

  it('has one chart row per cycle with the world and every region', () => {
    const { rows } = sections.regions;
    expect(rows.map((row) => row.cycle)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    const europe = groupSeries(dataset, 'EUR', INDEX_MEASURE);
    expect(rows.map((row) => row.EUR)).toEqual(europe.map((point) => point.value));
  });

  it('lists every scored programme area once', () => {
    expect(sections.areas.table.rows.map((row) => row.area.code)).toEqual([
      'GOV',
      'PAX',
      'STC',
      'PGS',
      'SAL',
      'CFT',
      'COP',
    ]);
  });
});
