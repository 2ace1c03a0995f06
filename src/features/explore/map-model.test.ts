import { describe, expect, it } from 'vitest';
import { memberValue } from '@/domain/measures';
import { measureOf } from '@/domain/measure-series';
import { rating } from '@/domain/ratings';
import { INDEX_MEASURE } from '@/domain/score-table';
import { exportFileName } from '@/lib/export/file-name';
import { tableCells } from '@/lib/table/table-cells';
import { smallEngine } from '../../../tests/fixtures/serve-small-dataset';
import { STORIES } from '../../../tests/fixtures/small-dataset';
import { classOf, quintileBreaks, selectMapModel } from './map-model';
import { selectMapView } from './map-view';

const dataset = smallEngine();

const MAP_INPUT = { cycle: 2019, lang: 'en', code: 'INDEX', fileMeasure: 'security-index' } as const;

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
    const model = selectMapModel(dataset, api, 2019);
    const kenya = model.entries.get(STORIES.riser);
    const value = memberValue(dataset, STORIES.riser, 2019, api) ?? Number.NaN;
    expect(kenya?.value).toBe(value);
    expect(kenya?.colour).toBe(rating(value, dataset.framework.ratingBands).code);
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
    expect(model.entries.has(STORIES.lateJoiner)).toBe(false); // joined in 2017
    expect(model.legend.every((item) => item.kind === 'range')).toBe(true);
    expect(selectMapModel(dataset, seizures, 2015)).toBe(model);
  });
});

describe('the map as drawn', () => {
  it('says how many Members have a value, in the singular for one', () => {
    const api = measureOf(dataset, 'PAX.API');
    if (!api) throw new Error('no API');
    const view = selectMapView(dataset, { ...MAP_INPUT, measure: api, label: 'API' });
    const kenya = view.members.get(STORIES.riser);
    expect(kenya?.reported).toBe('1 of 1 indicator reported');
    expect(view.summary).toMatch(/^\d+ Members have a value in 2019; \d+ of them (is|are) rated /);
    expect(view.undrawn.map((member) => member.code)).toEqual([STORIES.tooSmallToDraw]);
    expect(view.table.rows).toHaveLength(view.members.size);
  });

  it('downloads one CSV row per Member with its code and the engine’s full-precision value', () => {
    const view = selectMapView(dataset, { ...MAP_INPUT, measure: INDEX_MEASURE, label: 'Security Index' });
    const csv = tableCells(view.table);
    expect(csv.header).toEqual(['Code', 'Member', 'Region', 'Value', 'Rating', 'Coverage', 'Provenance']);
    expect(csv.rows).toHaveLength(dataset.members.filter((member) => member.joined <= 2019).length);
    for (const row of csv.rows) {
      expect(row[3]).toBe(memberValue(dataset, String(row[0]), 2019, INDEX_MEASURE));
    }
    expect(exportFileName(view.file, 'en', 'svg')).toBe('security-index_map_2019_en.svg');
    expect(view.measure).toBe('INDEX');
    // Every rating band, then "no data" and "not a Member".
    expect(view.swatches.map((swatch) => swatch.color)).toEqual([
      ...dataset.framework.ratingBands.map((band) => `var(--rating-${band.code})`),
      'var(--rating-none)',
      'var(--map-outside)',
    ]);
  });
});
