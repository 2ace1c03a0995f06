import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { memberCompleteness, neverReported } from '@/domain/reporting';
import { groupCompleteness, scoresOf, WORLD } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { mockDataset } from '../../../tests/engine';
import { renderApp } from '../../../tests/render-app';

const fmt = formatters('en');
const LOAD = { timeout: 10_000 };

// Whole-app renders on a shared two-core machine: allow more than the default five seconds.
describe('Reporting', { timeout: 30_000 }, () => {
  it('shows completeness the engine computes, for the world and each Member × cycle', async () => {
    const dataset = mockDataset();
    const table = scoresOf(dataset);
    const latest = latestClosedCycle(dataset.framework);
    renderApp('/reporting?region=EUR');
    const label = await screen.findByText(`Completeness in ${latest}`, {}, LOAD);
    expect(label.closest('div')).toHaveTextContent(fmt.percent(groupCompleteness(table, WORLD, latest).share ?? 0));

    const grid = screen.getByRole('table', { name: /each Member reported, by cycle \(Europe\)/ });
    const europeans = dataset.members.filter((member) => member.region === 'EUR');
    expect(within(grid).getAllByRole('row')).toHaveLength(europeans.length + 1);
    const member = europeans[0];
    if (!member) throw new Error('no European Member');
    const row = within(grid).getByRole('link', { name: member.name.en }).closest('tr');
    if (!row) throw new Error('no row');
    const cells = within(row).getAllByRole('cell');
    table.cycles.forEach((cycle, i) => {
      const expected =
        member.joined > cycle
          ? 'Not yet a Member'
          : fmt.percent(memberCompleteness(dataset, member.code, cycle).share ?? 0);
      expect(cells[i]).toHaveTextContent(expected);
    });
  });

  it('counts the Members that never reported an indicator', async () => {
    const dataset = mockDataset();
    const gaps = neverReported(dataset, latestClosedCycle(dataset.framework));
    renderApp('/reporting');
    expect(
      await screen.findByRole(
        'heading',
        { name: `Indicators never reported (${fmt.integer(gaps.length)} Members)` },
        LOAD,
      ),
    ).toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderApp('/reporting?lang=fr');
    expect(
      await screen.findByRole('heading', { name: 'Observations validées et autodéclarées' }, LOAD),
    ).toBeInTheDocument();
  });
});
