// The explorer as a user opens it from a link: the URL sets the view, the controls write the URL, a bad link
// falls back with a notice, and the numbers are the domain engine's.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { groupValue, measureOf, memberValue } from '@/domain/measures';
import { WORLD } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { mockDataset } from '../../../tests/engine';
import { renderApp } from '../../../tests/render-app';

const dataset = mockDataset();
const cycle = latestClosedCycle(dataset.framework);
const en = formatters('en');

function measure(code: string) {
  const found = measureOf(dataset, code);
  if (!found) throw new Error(`no measure ${code}`);
  return found;
}

/** The first render loads the explorer's chunk and the data: give it time. */
const slow = { timeout: 5000 };

async function table() {
  await userEvent.click(await screen.findByRole('tab', { name: 'Table' }));
  return screen.findByRole('table');
}

function rowOf(tableElement: HTMLElement, name: string) {
  const header = within(tableElement).getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** The cell of a row in the column of a cycle. */
function cellAt(tableElement: HTMLElement, name: string, year: number) {
  const headers = within(tableElement).getAllByRole('columnheader');
  const column = headers.findIndex((header) => header.textContent.startsWith(String(year)));
  const cells = within(rowOf(tableElement, name)).getAllByRole('cell');
  // The row header takes the first column.
  const cell = cells[column - 1];
  if (!cell) throw new Error(`no ${year} cell for ${name}`);
  return cell;
}

// Typing into comboboxes with user-event is slow in jsdom on a shared machine.
describe('Trend explorer', { timeout: 20_000 }, () => {
  it('shows the view a link describes, with the engine’s numbers', async () => {
    renderApp('/explore?measure=PAX.API&regions=EUR,WCA&members=KEN&tab=table');
    const grid = await screen.findByRole('table', {}, slow);
    expect(screen.getByRole('tab', { name: 'Table', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Measure' })).toHaveValue(
      'Customs access to Advance Passenger Information (API)',
    );
    const api = measure('PAX.API');
    const world = groupValue(dataset, WORLD, cycle, api).value;
    const europe = groupValue(dataset, 'EUR', cycle, api).value;
    const kenya = memberValue(dataset, 'KEN', cycle, api);
    expect(world).not.toBeNull();
    expect(cellAt(grid, 'World', cycle)).toHaveTextContent(en.score(world ?? 0));
    expect(cellAt(grid, 'Europe', cycle)).toHaveTextContent(en.score(europe ?? 0));
    expect(cellAt(grid, 'Kenya', cycle)).toHaveTextContent(kenya === null ? 'No value' : en.score(kenya));
    expect(within(grid).getAllByRole('row')).toHaveLength(1 + 4);
  });

  it('shows a count indicator in its own unit, with the median for groups', async () => {
    renderApp('/explore?measure=STC.SEIZURES&regions=AMS&tab=table');
    const grid = await screen.findByRole('table');
    const seizures = measure('STC.SEIZURES');
    const world = groupValue(dataset, WORLD, cycle, seizures).value ?? 0;
    expect(cellAt(grid, 'World', cycle)).toHaveTextContent(new Intl.NumberFormat('en-GB').format(world));
    expect(screen.getAllByText(/median of reporting Members/).length).toBeGreaterThan(0);
  });

  it('writes a change of measure to the URL, and only what differs from the defaults', async () => {
    const { search } = renderApp('/explore');
    const combobox = await screen.findByRole('combobox', { name: 'Measure' });
    await userEvent.clear(combobox);
    await userEvent.type(combobox, 'Passenger Name');
    await userEvent.click(await screen.findByRole('option', { name: /Passenger Name Record/ }));
    await waitFor(() => {
      expect(search().get('measure')).toBe('PAX.PNR');
    });
    expect([...search().keys()]).toEqual(['measure']);
    expect(await screen.findByRole('heading', { name: /Passenger Name Record \(PNR\) data, 2015/ })).toBeVisible();
  });

  it('writes regions, mode and tab to the URL', async () => {
    const { search } = renderApp('/explore');
    await userEvent.click(await screen.findByRole('checkbox', { name: /Europe/ }));
    await waitFor(() => {
      expect(search().get('regions')).toBe('AMS,ESA,AP,MENA,WCA');
    });
    await userEvent.click(screen.getByRole('radio', { name: 'Change since 2015' }));
    await userEvent.click(screen.getByRole('tab', { name: 'Table' }));
    await waitFor(() => {
      expect(search().get('mode')).toBe('change');
    });
    expect(search().get('tab')).toBe('table');
  });

  it('adds and removes a Member', async () => {
    const { search } = renderApp('/explore');
    const combobox = await screen.findByRole('combobox', { name: 'Add a Member' }, slow);
    await userEvent.type(combobox, 'Keny');
    await userEvent.click(await screen.findByRole('option', { name: /Kenya/ }));
    await waitFor(() => {
      expect(search().get('members')).toBe('KEN');
    });
    // The list stays open to add another Member; Escape closes it.
    await userEvent.keyboard('{Escape}');
    const shown = await screen.findByRole('grid', { name: 'Members shown' });
    expect(shown).toHaveTextContent('Kenya');
    await userEvent.click(within(shown).getByRole('button'));
    await waitFor(() => {
      expect(search().get('members')).toBeNull();
    });
  });

  it('falls back to the defaults with a notice when the link is bad', async () => {
    renderApp('/explore?measure=%3Cscript%3E&from=1900&members=KEN,XXX&tab=pie');
    expect(
      await screen.findByText(/Part of this link was not understood \(measure, members, from, tab\)/),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Measure' })).toHaveValue('Security Index');
    expect(screen.getByRole('tab', { name: 'Chart', selected: true })).toBeInTheDocument();
  });

  it('refuses a range that runs backwards', async () => {
    renderApp('/explore?from=2020&to=2016');
    expect(await screen.findByText(/not understood \(from, to\)/)).toBeVisible();
  });

  it('describes the chart in words from the same numbers', async () => {
    renderApp('/explore');
    const figure = await screen.findByRole('figure', { name: /Security Index, 2015/ });
    const index = measure('INDEX');
    const first = groupValue(dataset, WORLD, dataset.framework.cycles.first, index).value ?? 0;
    expect(figure).toHaveAccessibleDescription(new RegExp(`The world went from ${en.score(first)} in 2015`));
  });

  it('sorts the table by a cycle, highest first', async () => {
    renderApp('/explore?tab=table');
    const grid = await table();
    await userEvent.click(within(grid).getByRole('button', { name: new RegExp(`^${cycle}`) }));
    const index = measure('INDEX');
    const values = dataset.framework.regions
      .map((region) => groupValue(dataset, region.code, cycle, index).value ?? -1)
      .concat(groupValue(dataset, WORLD, cycle, index).value ?? -1)
      .sort((a, b) => b - a);
    const shown = within(grid)
      .getAllByRole('row')
      .slice(1)
      .map(
        (row) =>
          within(row)
            .getAllByRole('cell')
            .at(-(dataset.framework.cycles.latest - cycle) - 1)?.textContent,
      );
    expect(shown).toEqual(values.map((value) => en.score(value)));
  });

  it('maps the measure and lists the Members it cannot draw', async () => {
    renderApp('/explore?tab=map&measure=PAX.API');
    const map = await screen.findByRole('group', { name: new RegExp(`Customs access to Advance.*, ${cycle}`) }, slow);
    const kenya = memberValue(dataset, 'KEN', cycle, measure('PAX.API'));
    expect(
      within(map).getByRole('link', { name: new RegExp(`^Kenya: ${kenya === null ? 'No value' : en.score(kenya)}`) }),
    ).toBeInTheDocument();
    const undrawn = screen.getByRole('heading', { name: 'Members too small to draw at this scale' });
    const list = undrawn.nextElementSibling;
    if (!(list instanceof HTMLElement)) throw new Error('no list of undrawn Members');
    expect(within(list).getByRole('link', { name: 'Singapore' })).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'Kenya' })).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderApp('/explore?lang=fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Explorer les tendances' })).toBeVisible();
    expect(await screen.findByRole('combobox', { name: 'Mesure' })).toHaveValue('Indice de sécurité');
  });
});
