import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { latestClosedCycle, scoredAreas } from '@/domain/framework';
import { rating } from '@/domain/ratings';
import { groupAggregate, groupMembers, INDEX_MEASURE, memberScore, scoresOf, WORLD } from '@/domain/score-table';
import type { ScoreMeasure } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { serveSmallDataset, smallEngine } from '../../../tests/fixtures/serve-small-dataset';
import { FIRST_RENDER, LOAD } from '../../../tests/fixtures/view-test';
import { STORIES } from '../../../tests/fixtures/small-dataset';
import { renderApp } from '../../../tests/render-app';

const fmt = formatters('en');

const dataset = smallEngine();
beforeEach(() => {
  serveSmallDataset();
});

function engine() {
  const table = scoresOf(dataset);
  const cycle = latestClosedCycle(dataset.framework);
  const bands = dataset.framework.ratingBands;
  const areas = scoredAreas(dataset.framework);
  const measures: ScoreMeasure[] = [INDEX_MEASURE, ...areas.map((area) => ({ kind: 'area' as const, area }))];
  /** What a cell must read: the score and its rating word, or a dash (hidden from AT) and "Not scored". */
  const text = (score: number | null) =>
    score === null ? '—Not scored' : `${fmt.score(score)} ${rating(score, bands).name.en}`;
  return { table, cycle, text, areas, measures };
}

const nameOf = (code: string) => dataset.members.find((member) => member.code === code)?.name.en ?? code;
/** The one row whose text starts with `name` (cheaper than a row's accessible name on a whole table). */
function rowOf(name: string): HTMLElement {
  const rows = screen.getAllByRole('row').filter((row) => row.textContent.startsWith(name));
  expect(rows).toHaveLength(1);
  return rows[0] ?? document.body;
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('Matrix', () => {
  it(
    'shows every Member’s Index and area scores with the rating words the engine computes',
    { timeout: FIRST_RENDER },
    async () => {
      const { table, cycle, text, measures } = engine();
      renderApp('/matrix');
      expect(await screen.findByRole('table', { name: new RegExp(`by Member, ${cycle}`) }, LOAD)).toBeInTheDocument();
      const members = groupMembers(table, WORLD, cycle);
      expect(screen.getAllByRole('link', { name: (name) => members.some((m) => m.name.en === name) })).toHaveLength(
        members.length,
      );
      // A Member with an Index (the riser) and one without (blocked by reporting).
      expect(memberScore(table, STORIES.blocked, cycle, INDEX_MEASURE)).toBeNull();
      for (const code of [STORIES.riser, STORIES.blocked]) {
        const row = rowOf(nameOf(code));
        expect(cellsOf(row)).toEqual(measures.map((measure) => text(memberScore(table, code, cycle, measure))));
      }
    },
  );

  it('has world and region average rows equal to the engine’s, with coverage and the 50% rule', async () => {
    const { cycle, measures } = engine();
    const table = scoresOf(dataset);
    renderApp('/matrix');
    await screen.findByRole('table', {}, LOAD);
    const summaryText = (group: string, measure: ScoreMeasure) => {
      const agg = groupAggregate(table, group, cycle, measure);
      const value =
        agg.value === null
          ? 'Insufficient'
          : `${fmt.score(agg.value)} ${rating(agg.value, dataset.framework.ratingBands).name.en}`;
      return `${value}${agg.n}/${agg.of}, ${agg.n} of ${agg.of} Members`;
    };
    const world = rowOf('World average');
    expect(cellsOf(world)).toEqual(measures.map((measure) => summaryText(WORLD, measure)));
    for (const region of dataset.framework.regions) {
      const row = rowOf(`Average: ${region.name.en}`);
      expect(cellsOf(row)).toEqual(measures.map((measure) => summaryText(region.code, measure)));
    }
  });

  it('sorts by an area when its header is clicked, highest first, then the other way', async () => {
    const { table, cycle, areas } = engine();
    const area = areas[1] ?? 'PAX';
    const areaName = dataset.framework.areas.find((item) => item.code === area)?.name.en ?? area;
    const { search } = renderApp('/matrix?group=none');
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^${areaName}`) }, LOAD));
    expect(screen.getByRole('columnheader', { name: new RegExp(`^${areaName}`) })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(search().get('sort')).toBe(area);
    const scores = groupMembers(table, WORLD, cycle).map((member) => ({
      name: member.name.en,
      score: memberScore(table, member.code, cycle, { kind: 'area', area }),
    }));
    const scored = scores.flatMap((entry) => (entry.score === null ? [] : [entry.score]));
    const rows = screen.getAllByRole('row').slice(2); // the header and the world average, then the Members
    expect(within(rows[0] ?? document.body).getAllByRole('cell')[areas.indexOf(area) + 1]).toHaveTextContent(
      fmt.score(Math.max(...scored)),
    );
    // Members without a score come last.
    const unscored = scores.filter((entry) => entry.score === null).map((entry) => entry.name);
    expect(unscored.length).toBeGreaterThan(0);
    expect(rows.slice(-unscored.length).map((row) => within(row).getByRole('link').textContent)).toEqual(
      [...unscored].sort((a, b) => a.localeCompare(b)),
    );

    await userEvent.click(screen.getByRole('button', { name: new RegExp(`^${areaName}`) }));
    expect(screen.getByRole('columnheader', { name: new RegExp(`^${areaName}`) })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(
      within(screen.getAllByRole('row')[2] ?? document.body).getAllByRole('cell')[areas.indexOf(area) + 1],
    ).toHaveTextContent(fmt.score(Math.min(...scored)));
  });

  it('shows scored indicators as columns when the link asks for them, for the chosen region', async () => {
    const { cycle } = engine();
    renderApp(`/matrix?cols=indicators&cycle=${cycle - 1}&region=EUR`);
    expect(
      await screen.findByRole('table', { name: new RegExp(`scored indicator.*${cycle - 1}`) }, LOAD),
    ).toBeInTheDocument();
    const scored = dataset.framework.indicators.filter((indicator) => indicator.scored);
    const [header] = screen.getAllByRole('row');
    expect(within(header ?? document.body).getAllByRole('columnheader')).toHaveLength(scored.length + 2); // Member, Index, indicators
    // An indicator's header shows its code; its name stays the column's accessible name.
    const first = scored[0];
    expect(screen.getByRole('columnheader', { name: new RegExp(`^${first?.name.en ?? ''}`) })).toHaveTextContent(
      first?.code ?? '',
    );
    expect(screen.queryByRole('rowheader', { name: /Average: Americas/ })).not.toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /Average: Europe/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: nameOf(STORIES.faller) })).toBeInTheDocument();
  });

  it('replaces a hostile or unknown link value by the default and says so', async () => {
    const { cycle } = engine();
    renderApp('/matrix?cycle=1850&region=%3Cimg%3E&sort=NOPE');
    expect(await screen.findByRole('table', { name: new RegExp(`by Member, ${cycle}`) }, LOAD)).toBeInTheDocument();
    expect(screen.getByText(/not understood \(cycle, region, sort\)/)).toBeInTheDocument();
  });

  it('opens the latest closed cycle for old links that wrote it as 0', async () => {
    const { cycle } = engine();
    renderApp('/matrix?cycle=0');
    expect(await screen.findByRole('table', { name: new RegExp(`by Member, ${cycle}`) }, LOAD)).toBeInTheDocument();
    expect(screen.queryByText(/not understood/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Who moved up or down since ${cycle - 1}` })).toHaveAttribute(
      'href',
      `/transitions?from=${cycle - 1}&to=${cycle}`,
    );
  });

  it('speaks French', async () => {
    renderApp('/matrix?lang=fr');
    expect(await screen.findByRole('table', {}, LOAD)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Matrice' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Moyenne mondiale' })).toBeInTheDocument();
  });
});
