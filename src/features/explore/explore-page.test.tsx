// The explorer as a user opens it from a link: the URL sets the view, the controls write the URL, a bad link
// falls back with a notice, and the numbers are the domain engine's, on the small hand-made dataset.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { groupValue, memberValue } from '@/domain/measures';
import { measureOf } from '@/domain/measure-series';
import { WORLD } from '@/domain/score-table';
import type { Dataset } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { renderApp } from '../../../tests/render-app';
import { serveSmallDataset } from '../../../tests/fixtures/serve-small-dataset';
import { STORIES } from '../../../tests/fixtures/small-dataset';

const en = formatters('en');
let dataset: Dataset;
let cycle: number;

beforeEach(() => {
  dataset = serveSmallDataset();
  cycle = latestClosedCycle(dataset.framework);
});

function measure(code: string) {
  const found = measureOf(dataset, code);
  if (!found) throw new Error(`no measure ${code}`);
  return found;
}

async function table() {
  await userEvent.click(await screen.findByRole('tab', { name: 'Table' }, slow));
  return screen.findByRole('table');
}

/** The cell of a row (named by its series) in the column of a cycle. */
function cellAt(grid: HTMLElement, name: string, year: number) {
  const headers = within(grid).getAllByRole('columnheader');
  const column = headers.findIndex((header) => header.textContent.startsWith(String(year)));
  const row = within(grid).getByRole('row', { name: new RegExp(`^${name}`) });
  // The row header takes the first column.
  const cell = within(row).getAllByRole('cell')[column - 1];
  if (!cell) throw new Error(`no ${year} cell for ${name}`);
  return cell;
}

/** The first render loads the explorer's chunk (and the map's) on a shared machine: give it time. */
const slow = { timeout: 5000 };

const scoreText = (value: number | null, missing: string) => (value === null ? missing : en.score(value));

// Typing into comboboxes with user-event is slow in jsdom on a shared machine.
describe('Trend explorer', { timeout: 15_000 }, () => {
  it('shows the view a link describes, with the engine’s numbers', async () => {
    renderApp(`/explore?measure=PAX.API&regions=EUR,WCA&members=${STORIES.riser}&tab=table`);
    const grid = await screen.findByRole('table', {}, slow);
    expect(screen.getByRole('tab', { name: 'Table', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Measure' })).toHaveValue(
      'Customs access to Advance Passenger Information (API)',
    );
    const api = measure('PAX.API');
    const world = groupValue(dataset, WORLD, cycle, api).value;
    expect(world).not.toBeNull();
    expect(cellAt(grid, 'World', cycle)).toHaveTextContent(scoreText(world, 'Insufficient'));
    expect(cellAt(grid, 'Europe', cycle)).toHaveTextContent(
      scoreText(groupValue(dataset, 'EUR', cycle, api).value, 'Insufficient'),
    );
    expect(cellAt(grid, 'Kenya', cycle)).toHaveTextContent(
      scoreText(memberValue(dataset, STORIES.riser, cycle, api), 'No value'),
    );
    expect(within(grid).getAllByRole('row')).toHaveLength(1 + 4);
  });

  it('shows a count indicator in its own unit, with the median for groups', async () => {
    renderApp('/explore?measure=STC.SEIZURES&regions=AMS&tab=table');
    const grid = await screen.findByRole('table', {}, slow);
    const world = groupValue(dataset, WORLD, cycle, measure('STC.SEIZURES')).value ?? Number.NaN;
    expect(cellAt(grid, 'World', cycle)).toHaveTextContent(new Intl.NumberFormat('en-GB').format(world));
    expect(screen.getAllByText(/median of reporting Members/).length).toBeGreaterThan(0);
  });

  it('opens the measure list, in sections by programme area, on a click — also when the box has focus', async () => {
    const user = userEvent.setup();
    renderApp('/explore');
    const box = await screen.findByRole('combobox', { name: 'Measure' }, slow);
    await user.click(box);
    const list = await screen.findByRole('listbox');
    expect(within(list).getByRole('group', { name: 'Index and area scores' })).toBeInTheDocument();
    const passenger = within(list).getByRole('group', { name: 'Passenger controls' });
    expect(within(passenger).getByRole('option', { name: /Passenger Name Record/ })).toBeInTheDocument();
    // Every measure is offered, not only those matching the name in the box.
    expect(within(list).getAllByRole('option')).toHaveLength(1 + 7 + dataset.framework.indicators.length);
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    });
    expect(box).toHaveFocus();
    await user.click(box);
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
  });

  it('opens the Member list on focus, in sections by region', async () => {
    const user = userEvent.setup();
    renderApp('/explore');
    await screen.findByRole('combobox', { name: 'Measure' }, slow);
    await user.click(screen.getByRole('combobox', { name: 'Add a Member' }));
    const list = await screen.findByRole('listbox');
    const africa = within(list).getByRole('group', { name: 'East and Southern Africa' });
    expect(
      within(africa)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kenya KEN', 'Tanzania TZA']);
  });

  it('writes a change of measure to the URL, and only what differs from the defaults', async () => {
    const { search } = renderApp('/explore');
    const combobox = await screen.findByRole('combobox', { name: 'Measure' }, slow);
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
    await userEvent.click(await screen.findByRole('checkbox', { name: /Europe/ }, slow));
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
      expect(search().get('members')).toBe(STORIES.riser);
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
    renderApp(`/explore?measure=%3Cscript%3E&from=1900&members=${STORIES.riser},XXX&tab=pie`);
    expect(
      await screen.findByText(/Part of this link was not understood \(measure, members, from, tab\)/, {}, slow),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Measure' })).toHaveValue('Security Index');
    expect(screen.getByRole('tab', { name: 'Chart', selected: true })).toBeInTheDocument();
  });

  it('refuses a range that runs backwards', async () => {
    renderApp('/explore?from=2019&to=2016');
    expect(await screen.findByText(/not understood \(from, to\)/, {}, slow)).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Security Index, 2015–2020' })).toBeVisible();
  });

  it('describes the chart in words from the same numbers', async () => {
    renderApp('/explore');
    const figure = await screen.findByRole('figure', { name: /Security Index, 2015/ }, slow);
    const first = groupValue(dataset, WORLD, dataset.framework.cycles.first, measure('INDEX')).value ?? Number.NaN;
    expect(figure).toHaveAccessibleDescription(new RegExp(`The world went from ${en.score(first)} in 2015`));
  });

  it('sorts the table by a cycle, highest first', async () => {
    renderApp('/explore?tab=table');
    const grid = await table();
    await userEvent.click(within(grid).getByRole('button', { name: new RegExp(`^${cycle}`) }));
    expect(within(grid).getByRole('columnheader', { name: new RegExp(`^${cycle}`) })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const index = measure('INDEX');
    const expected = [WORLD, ...dataset.framework.regions.map((region) => region.code)]
      .map((group) => groupValue(dataset, group, cycle, index).value ?? Number.NaN)
      .sort((a, b) => b - a)
      .map((value) => en.score(value));
    const column = dataset.framework.cycles.latest - cycle + 1;
    const shown = within(grid)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-column)?.textContent);
    expect(shown).toEqual(expected);
  });

  it('maps the measure and lists the Members it cannot draw', async () => {
    renderApp('/explore?tab=map&measure=PAX.API');
    const map = await screen.findByRole(
      'group',
      { name: new RegExp(`^Map: Customs access to Advance.*, ${cycle}`) },
      slow,
    );
    const kenya = memberValue(dataset, STORIES.riser, cycle, measure('PAX.API'));
    expect(
      within(map).getByRole('link', { name: new RegExp(`^Kenya: ${scoreText(kenya, 'No value')}`) }),
    ).toBeInTheDocument();
    const undrawn = screen.getByRole('list', { name: 'Members too small to draw at this scale' });
    expect(within(undrawn).getByRole('link', { name: 'Singapore' })).toBeInTheDocument();
    expect(within(undrawn).queryByRole('link', { name: 'Kenya' })).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderApp('/explore?lang=fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Explorer les tendances' }, slow)).toBeVisible();
    expect(await screen.findByRole('combobox', { name: 'Mesure' })).toHaveValue('Indice de sécurité');
  });
});
