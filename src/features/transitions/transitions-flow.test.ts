import { describe, expect, it } from 'vitest';
import { INDEX_MEASURE, scoresOf } from '@/domain/score-table';
import { measureTransitions, ratingTransitions } from '@/domain/transitions';
import { tableCells } from '@/lib/table/table-cells';
import { exportFileName } from '@/lib/export/file-name';
import { smallEngine } from '../../../tests/fixtures/serve-small-dataset';
import { flowGraph } from './transitions-flow';
import { selectTransitions } from './transitions-model';

const dataset = smallEngine();
const bands = dataset.framework.ratingBands;

describe('the flow chart of who moved between ratings', () => {
  it('has a link per non-empty transition and a node per rating someone holds', () => {
    const pairs = [
      { member: 'A', from: 10, to: 30 },
      { member: 'B', from: 12, to: 15 },
      { member: 'C', from: 50, to: 30 },
      { member: 'D', from: null, to: 40 },
    ];
    const { nodes, links } = flowGraph(ratingTransitions(pairs, bands), (code, n) => `${code} ${n}`);
    const [first, second, third] = bands.map((band) => band.code);
    expect(nodes.map((node) => node.name)).toEqual([`${first} 2`, `${third} 1`, `${first} 1`, `${second} 2`]);
    expect(nodes.map((node) => node.side)).toEqual(['from', 'from', 'to', 'to']);
    expect(links).toEqual([
      { source: 0, target: 2, value: 1, from: first, to: first, steps: 0 },
      { source: 0, target: 3, value: 1, from: first, to: second, steps: 1 },
      { source: 1, target: 3, value: 1, from: third, to: second, steps: -1 },
    ]);
  });

  it('matches the domain’s transition table on the dataset, in the model, table and file', () => {
    const model = selectTransitions(dataset, { from: 2015, to: 2019, measure: 'INDEX', lang: 'en' });
    const transitions = measureTransitions(scoresOf(dataset), INDEX_MEASURE, 2015, 2019);
    const nonEmpty = transitions.counts.flat().filter((count) => count > 0).length;
    const { flow } = model.detail;
    expect(flow.links).toHaveLength(nonEmpty);
    expect(flow.links.reduce((sum, link) => sum + link.value, 0)).toBe(transitions.total);
    const csv = tableCells(flow.table);
    expect(csv.header).toEqual(['Rating in 2015', 'Rating in 2019', 'Members', 'Change']);
    expect(csv.rows.map((row) => row[2])).toEqual(flow.links.map((link) => link.value));
    expect(flow.summary).toContain(`${transitions.up.length} moved up`);
    expect(exportFileName(flow.file, 'en', 'csv')).toBe('security-index-flows_members_2015-2019_en.csv');
  });

  it('downloads the rating table and the lists with raw numbers, in French too', () => {
    const model = selectTransitions(dataset, { from: 2015, to: 2019, measure: 'INDEX', lang: 'fr' });
    const transitions = measureTransitions(scoresOf(dataset), INDEX_MEASURE, 2015, 2019);
    const matrix = tableCells(model.detail.table);
    const columns = transitions.ratings.map((_, j) => transitions.counts.reduce((sum, row) => sum + (row[j] ?? 0), 0));
    expect(matrix.rows.at(-1)).toEqual(['Total', ...columns, transitions.total]);
    const up = model.detail.lists[0].table;
    if (!up) throw new Error('nobody moved up');
    const list = tableCells(up);
    expect(list.header).toEqual(['Membre', 'Code', '2015', 'Note en 2015', '2019', 'Note en 2019', 'Évolution']);
    expect(list.rows.map((row) => row[1])).toEqual(transitions.up.map((move) => move.member));
    expect(list.rows.map((row) => row[6])).toEqual(transitions.up.map((move) => move.change));
  });
});
