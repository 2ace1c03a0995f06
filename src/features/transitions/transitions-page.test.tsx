import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { INDEX_MEASURE, memberScore, scoresOf } from '@/domain/score-table';
import { measureTransitions } from '@/domain/transitions';
import { mockDataset } from '../../../tests/engine';
import { renderApp } from '../../../tests/render-app';

const LOAD = { timeout: 10_000 };

function engine() {
  const dataset = mockDataset();
  const table = scoresOf(dataset);
  const to = latestClosedCycle(dataset.framework);
  return { dataset, table, to };
}

/** Members with a score for the measure in both cycles, counted straight from the score table. */
function scoredInBoth(table: ReturnType<typeof scoresOf>, from: number, to: number, measure = INDEX_MEASURE): number {
  return table.dataset.members.filter(
    (member) =>
      memberScore(table, member.code, from, measure) !== null && memberScore(table, member.code, to, measure) !== null,
  ).length;
}

function numbers(row: HTMLElement): number[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => Number(cell.textContent.replace(/[^\d]/g, '')));
}

// Whole-app renders on a shared two-core machine: allow more than the default five seconds.
describe('Transitions', { timeout: 30_000 }, () => {
  it('compares the latest closed cycle with the previous one by default; the counts add up', async () => {
    const { table, to } = engine();
    const from = to - 1;
    renderApp('/transitions');
    const matrix = await screen.findByRole(
      'table',
      { name: `Security Index: Members by rating in ${from} (rows) and in ${to} (columns)` },
      LOAD,
    );
    const rows = within(matrix).getAllByRole('row');
    const body = rows.slice(1, -1);
    const cells = body.map((row) => numbers(row).slice(0, -1));
    const sum = cells.flat().reduce((a, b) => a + b, 0);
    const both = scoredInBoth(table, from, to);
    expect(sum).toBe(both);
    const footer = rows.at(-1);
    if (!footer) throw new Error('no totals row');
    expect(numbers(footer).at(-1)).toBe(both);
    // The same table the engine gives, cell by cell.
    expect(cells).toEqual(measureTransitions(table, INDEX_MEASURE, from, to).counts);
  });

  it('compares with the resolution baseline from the quick link, for every measure', async () => {
    const { dataset, table, to } = engine();
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
    for (const { name, measure } of measures) {
      const row = within(summary).getByRole('rowheader', { name }).closest('tr');
      if (!row) throw new Error(`no row for ${name}`);
      const [both, up, same, down] = numbers(row);
      expect(both).toBe(scoredInBoth(table, baseline, to, measure));
      expect((up ?? 0) + (same ?? 0) + (down ?? 0)).toBe(both);
    }
  });

  it('lists who moved up and down for the area chosen in the link', async () => {
    const { table, to } = engine();
    const from = to - 1;
    const expected = measureTransitions(table, { kind: 'area', area: 'PAX' }, from, to);
    renderApp(`/transitions?measure=PAX`);
    const up = await screen.findByRole('region', { name: `Moved up (${expected.up.length})` }, LOAD);
    const down = screen.getByRole('region', { name: `Moved down (${expected.down.length})` });
    if (expected.up.length > 0) expect(within(up).getAllByRole('link')).toHaveLength(expected.up.length);
    if (expected.down.length > 0) expect(within(down).getAllByRole('link')).toHaveLength(expected.down.length);
  });

  it('falls back to the defaults for a bad link', async () => {
    const { to } = engine();
    renderApp('/transitions?from=2099&to=abc&measure=%3Cb%3E');
    expect(
      await screen.findByRole('table', { name: `Rating changes by measure, ${to - 1} → ${to}` }, LOAD),
    ).toBeInTheDocument();
    expect(screen.getByText(/not understood/)).toBeInTheDocument();
  });
});
