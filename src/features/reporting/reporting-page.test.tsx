import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { memberCompleteness, neverReported } from '@/domain/reporting';
import { groupCompleteness, scoresOf, WORLD } from '@/domain/score-table';
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

const nameOf = (code: string) => dataset.members.find((member) => member.code === code)?.name.en ?? code;

describe('Reporting', () => {
  it(
    'shows completeness the engine computes, for the world and each Member × cycle of the region',
    { timeout: FIRST_RENDER },
    async () => {
      const table = scoresOf(dataset);
      const latest = latestClosedCycle(dataset.framework);
      renderApp('/reporting?region=EUR');
      await screen.findByText(`Completeness in ${latest}`, {}, LOAD);
      // Each headline figure is a term, its value and its note.
      const terms = screen.getAllByRole('term').map((term) => term.textContent);
      const values = screen.getAllByRole('definition').filter((_, i) => i % 2 === 0);
      expect(values[terms.indexOf(`Completeness in ${latest}`)]).toHaveTextContent(
        fmt.percent(groupCompleteness(table, WORLD, latest).share ?? 0),
      );

      const grid = screen.getByRole('table', { name: /each Member reported, by cycle \(Europe\)/ });
      const europeans = dataset.members.filter((member) => member.region === 'EUR');
      expect(within(grid).getAllByRole('row')).toHaveLength(europeans.length + 1);
      // The late joiner: not yet a Member before it joined, then its share of scored indicators.
      const joiner = dataset.members.find((member) => member.code === STORIES.lateJoiner);
      expect(joiner?.region).toBe('EUR');
      const [row] = within(grid)
        .getAllByRole('row')
        .filter((item) => item.textContent.startsWith(nameOf(STORIES.lateJoiner)));
      const cells = within(row ?? document.body).getAllByRole('cell');
      const expected = table.cycles.map((cycle) =>
        (joiner?.joined ?? 0) > cycle
          ? '·Not yet a Member'
          : fmt.percent(memberCompleteness(dataset, STORIES.lateJoiner, cycle).share ?? 0),
      );
      expect(cells.map((cell) => cell.textContent)).toEqual(expected);
      expect(expected).toContain('·Not yet a Member');
    },
  );

  it('counts the Members that never reported an indicator, in the singular for one', async () => {
    const gaps = neverReported(dataset, latestClosedCycle(dataset.framework));
    // Only the Member blocked by reporting leaves indicators unreported in every cycle.
    expect(gaps.map((gap) => gap.member.code)).toEqual([STORIES.blocked]);
    renderApp('/reporting');
    expect(await screen.findByRole('heading', { name: 'Indicators never reported (1 Member)' }, LOAD)).toBeVisible();
    const table = screen.getByRole('table', { name: /never reported/i });
    expect(within(table).getByRole('link', { name: nameOf(STORIES.blocked) })).toBeInTheDocument();
  });

  it('filters by the region chosen, and refuses a region the data does not have', async () => {
    const { search } = renderApp('/reporting?region=NOWHERE');
    expect(await screen.findByText(/not understood \(region\)/, {}, LOAD)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /each Member reported, by cycle \(All regions\)/ })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: /Region/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Europe' }));
    expect(await screen.findByRole('table', { name: /each Member reported, by cycle \(Europe\)/ })).toBeVisible();
    expect(search().get('region')).toBe('EUR');
  });

  it('speaks French', async () => {
    renderApp('/reporting?lang=fr');
    expect(
      await screen.findByRole('heading', { name: 'Observations validées et autodéclarées' }, LOAD),
    ).toBeInTheDocument();
  });
});
