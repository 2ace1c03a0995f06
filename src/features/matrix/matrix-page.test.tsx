import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { latestClosedCycle, scoredAreas } from '@/domain/framework';
import { rating } from '@/domain/ratings';
import { groupAggregate, groupMembers, INDEX_MEASURE, memberScore, scoresOf, WORLD } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { mockDataset } from '../../../tests/engine';
import { renderApp } from '../../../tests/render-app';

const fmt = formatters('en');
// The first render loads the dataset and the view's lazy chunk: slower than findBy's default second.
const LOAD = { timeout: 10_000 };

function engine() {
  const dataset = mockDataset();
  const table = scoresOf(dataset);
  const cycle = latestClosedCycle(dataset.framework);
  const bands = dataset.framework.ratingBands;
  /** What a cell must read: the score and its rating word, or a dash (hidden from AT) and "Not scored". */
  const text = (score: number | null) =>
    score === null ? '—Not scored' : `${fmt.score(score)} ${rating(score, bands).name.en}`;
  return { dataset, table, cycle, text, areas: scoredAreas(dataset.framework) };
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('link', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

// Whole-app renders on a shared two-core machine: allow more than the default five seconds.
describe('Matrix', { timeout: 30_000 }, () => {
  it('shows every Member’s Index and area scores with the rating words the engine computes', async () => {
    const { dataset, table, cycle, text, areas } = engine();
    renderApp('/matrix');
    expect(await screen.findByRole('table', { name: new RegExp(`by Member, ${cycle}`) }, LOAD)).toBeInTheDocument();
    const members = groupMembers(table, WORLD, cycle);
    expect(screen.getAllByRole('link', { name: (name) => members.some((m) => m.name.en === name) })).toHaveLength(
      members.length,
    );
    // A Member with an Index and one without, if there is one.
    const scored = dataset.members.find((m) => memberScore(table, m.code, cycle, INDEX_MEASURE) !== null);
    const unscored = members.find((m) => memberScore(table, m.code, cycle, INDEX_MEASURE) === null);
    for (const member of [scored, unscored]) {
      if (!member) continue;
      const cells = within(rowOf(member.name.en)).getAllByRole('cell');
      const expected = [INDEX_MEASURE, ...areas.map((area) => ({ kind: 'area' as const, area }))].map((measure) =>
        text(memberScore(table, member.code, cycle, measure)),
      );
      expect(cells.map((cell) => cell.textContent)).toEqual(expected);
    }
  });

  it('has world and region average rows equal to the engine’s, with coverage and the 50% rule', async () => {
    const { dataset, table, cycle, areas } = engine();
    renderApp('/matrix');
    await screen.findByRole('table', {}, LOAD);
    const summaryText = (group: string, measure: Parameters<typeof groupAggregate>[3]) => {
      const agg = groupAggregate(table, group, cycle, measure);
      const value =
        agg.value === null
          ? 'Insufficient'
          : `${fmt.score(agg.value)} ${rating(agg.value, dataset.framework.ratingBands).name.en}`;
      return `${value}${agg.n}/${agg.of}, ${agg.n} of ${agg.of} Members`;
    };
    const measures = [INDEX_MEASURE, ...areas.map((area) => ({ kind: 'area' as const, area }))];
    const world = screen.getByRole('rowheader', { name: 'World average' }).closest('tr');
    if (!world) throw new Error('no world row');
    expect(
      within(world)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(measures.map((measure) => summaryText(WORLD, measure)));
    for (const region of dataset.framework.regions) {
      const row = screen.getByRole('rowheader', { name: `Average: ${region.name.en}` }).closest('tr');
      if (!row) throw new Error(`no row for ${region.code}`);
      expect(
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(measures.map((measure) => summaryText(region.code, measure)));
    }
  });

  it('sorts by an area when its header is clicked, highest first, then the other way', async () => {
    const { dataset, table, cycle, areas } = engine();
    const area = areas[1] ?? 'PAX';
    const areaName = dataset.framework.areas.find((item) => item.code === area)?.name.en ?? area;
    renderApp('/matrix?group=none');
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^${areaName}`) }, LOAD));
    const header = screen.getByRole('columnheader', { name: new RegExp(`^${areaName}`) });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const scores = groupMembers(table, WORLD, cycle)
      .map((member) => ({ member, score: memberScore(table, member.code, cycle, { kind: 'area', area }) }))
      .filter((entry): entry is { member: (typeof entry)['member']; score: number } => entry.score !== null);
    const best = Math.max(...scores.map((entry) => entry.score));
    const firstRow = screen.getAllByRole('row')[3]; // header, world average, then the first Member
    if (!firstRow) throw new Error('no rows');
    expect(within(firstRow).getAllByRole('cell')[areas.indexOf(area) + 1]).toHaveTextContent(fmt.score(best));

    await userEvent.click(screen.getByRole('button', { name: new RegExp(`^${areaName}`) }));
    expect(screen.getByRole('columnheader', { name: new RegExp(`^${areaName}`) })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('shows scored indicators as columns when the link asks for them', async () => {
    const { dataset, cycle } = engine();
    renderApp(`/matrix?cols=indicators&cycle=${cycle - 1}&region=EUR`);
    expect(
      await screen.findByRole('table', { name: new RegExp(`scored indicator.*${cycle - 1}`) }, LOAD),
    ).toBeInTheDocument();
    const scored = dataset.framework.indicators.filter((indicator) => indicator.scored);
    const header = screen.getAllByRole('row')[0];
    if (!header) throw new Error('no header row');
    expect(within(header).getAllByRole('columnheader')).toHaveLength(scored.length + 2); // Member, Index, indicators
    expect(screen.queryByRole('rowheader', { name: /Average: Americas/ })).not.toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /Average: Europe/ })).toBeInTheDocument();
  });

  it('replaces a hostile or unknown link value by the default and says so', async () => {
    const { cycle } = engine();
    renderApp('/matrix?cycle=1850&region=%3Cimg%3E&sort=NOPE');
    expect(await screen.findByRole('table', { name: new RegExp(`by Member, ${cycle}`) }, LOAD)).toBeInTheDocument();
    expect(screen.getByText(/not understood \(region, cycle, sort\)/)).toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderApp('/matrix?lang=fr');
    expect(await screen.findByRole('table', {}, LOAD)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Matrice' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Moyenne mondiale' })).toBeInTheDocument();
  });
});
