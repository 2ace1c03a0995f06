import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { INDEX_MEASURE, memberScore, scoresOf } from '@/domain/score-table';
import { measureTransitions, transitionTotals } from '@/domain/transitions';
import { serveSmallDataset, smallEngine } from '../../../tests/fixtures/serve-small-dataset';
import { FIRST_RENDER, LOAD } from '../../../tests/fixtures/view-test';
import { STORIES } from '../../../tests/fixtures/small-dataset';
import { renderApp } from '../../../tests/render-app';

const dataset = smallEngine();
beforeEach(() => {
  serveSmallDataset();
});

/** Members with a score for the measure in both cycles, counted straight from the score table. */
function scoredInBoth(from: number, to: number, measure = INDEX_MEASURE): number {
  const table = scoresOf(dataset);
  return dataset.members.filter(
    (member) =>
      memberScore(table, member.code, from, measure) !== null && memberScore(table, member.code, to, measure) !== null,
  ).length;
}

function numbers(row: HTMLElement): number[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => Number(cell.textContent.replace(/[^\d]/g, '')));
}

const nameOf = (code: string) => dataset.members.find((member) => member.code === code)?.name.en ?? code;

describe('Transitions', () => {
  it(
    'compares the latest closed cycle with the previous one by default; cells and totals are the engine’s',
    { timeout: FIRST_RENDER },
    async () => {
      const to = latestClosedCycle(dataset.framework);
      const from = to - 1;
      renderApp('/transitions');
      const matrix = await screen.findByRole(
        'table',
        { name: `Security Index: Members by rating in ${from} (rows) and in ${to} (columns)` },
        LOAD,
      );
      const expected = measureTransitions(scoresOf(dataset), INDEX_MEASURE, from, to);
      const totals = transitionTotals(expected);
      const [, ...body] = within(matrix).getAllByRole('row');
      const footer = body.pop();
      if (!footer) throw new Error('no totals row');
      // Each rating row: its counts, then its total; the totals row: the column totals, then the grand total.
      expect(body.map((row) => numbers(row))).toEqual(expected.counts.map((row, i) => [...row, totals.rows[i]]));
      expect(numbers(footer)).toEqual([...totals.columns, totals.total]);
      expect(totals.total).toBe(scoredInBoth(from, to));
      // Only the blocked Member has no Index in either cycle: one left out, said in the singular.
      expect(expected.left).toBe(1);
      expect(
        screen.getByText(new RegExp(`add up to ${totals.total} Members; 1 Member of the data is not`)),
      ).toBeVisible();
    },
  );

  it('compares with the resolution baseline from the quick link, for every measure', async () => {
    const to = latestClosedCycle(dataset.framework);
    const baseline = dataset.framework.resolution.baselineCycle;
    renderApp('/transitions');
    await userEvent.click(await screen.findByRole('link', { name: new RegExp(`against ${baseline}`) }, LOAD));
    const summary = await screen.findByRole('table', { name: `Rating changes by measure, ${baseline} → ${to}` });
    const measures = [
      { name: 'Security Index', measure: INDEX_MEASURE },
      ...dataset.framework.areas
        .filter((area) => dataset.framework.indicators.some((i) => i.area === area.code && i.scored))
        .map((area) => ({ name: area.name.en, measure: { kind: 'area' as const, area: area.code } })),
    ];
    const rows = within(summary).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(measures.length);
    measures.forEach(({ name, measure }, i) => {
      const row = rows[i];
      if (!row) throw new Error(`no row for ${name}`);
      expect(within(row).getByRole('rowheader')).toHaveTextContent(name);
      const expected = measureTransitions(scoresOf(dataset), measure, baseline, to);
      expect(numbers(row).slice(0, 4)).toEqual([
        scoredInBoth(baseline, to, measure),
        expected.up.length,
        expected.same,
        expected.down.length,
      ]);
    });
  });

  it('lists the riser under “Moved up” and the faller under “Moved down” for the area in the link', async () => {
    const to = latestClosedCycle(dataset.framework);
    const from = dataset.framework.resolution.baselineCycle;
    const expected = measureTransitions(scoresOf(dataset), { kind: 'area', area: 'PAX' }, from, to);
    renderApp(`/transitions?from=${from}&measure=PAX`);
    const up = await screen.findByRole('region', { name: `Moved up (${expected.up.length})` }, LOAD);
    const down = screen.getByRole('region', { name: `Moved down (${expected.down.length})` });
    expect(
      within(up)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(expected.up.map((move) => nameOf(move.member)));
    expect(
      within(down)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(expected.down.map((move) => nameOf(move.member)));
    expect(within(up).getByRole('link', { name: nameOf(STORIES.riser) })).toHaveAttribute(
      'href',
      `/members/${STORIES.riser}`,
    );
    expect(within(down).getByRole('link', { name: nameOf(STORIES.faller) })).toBeInTheDocument();
  });

  it('shows another measure’s details from the summary, keeping the cycles', async () => {
    const from = dataset.framework.resolution.baselineCycle;
    const { search } = renderApp(`/transitions?from=${from}`);
    const area = dataset.framework.areas.find((item) => item.code === 'PAX');
    await userEvent.click(await screen.findByRole('link', { name: `Show details: ${area?.name.en ?? 'PAX'}` }, LOAD));
    expect(await screen.findByRole('heading', { level: 2, name: new RegExp(`^${area?.name.en ?? 'PAX'}, ${from}`) }));
    expect(search().get('measure')).toBe('PAX');
    expect(search().get('from')).toBe(String(from));
  });

  it('falls back to the defaults for a bad link, and for a range that runs backwards', async () => {
    const to = latestClosedCycle(dataset.framework);
    const view = renderApp('/transitions?from=2099&to=abc&measure=%3Cb%3E');
    expect(
      await screen.findByRole('table', { name: `Rating changes by measure, ${to - 1} → ${to}` }, LOAD),
    ).toBeVisible();
    expect(screen.getByText(/not understood \(from, to, measure\)/)).toBeInTheDocument();
    view.unmount();
    renderApp(`/transitions?from=${to}&to=${to - 1}`);
    expect(
      await screen.findByRole('table', { name: `Rating changes by measure, ${to - 2} → ${to - 1}` }, LOAD),
    ).toBeVisible();
    expect(screen.getByText(/not understood \(from\)/)).toBeInTheDocument();
  });

  it('keeps links made before the state moved to its own spec working (0 stood for the default cycles)', async () => {
    const to = latestClosedCycle(dataset.framework);
    renderApp('/transitions?from=0&to=0&measure=INDEX');
    expect(
      await screen.findByRole('table', { name: `Rating changes by measure, ${to - 1} → ${to}` }, LOAD),
    ).toBeVisible();
    expect(screen.queryByText(/not understood/)).not.toBeInTheDocument();
  });
});
