import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { rating } from '@/domain/ratings';
import { groupAggregate, INDEX_MEASURE, memberScore, scoresOf, WORLD } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { mockDataset } from '../../../tests/engine';
import { renderApp } from '../../../tests/render-app';
import { resetPeerGroups } from './peer-groups-store';

afterEach(resetPeerGroups);

const SLOW = { timeout: 10_000 };
// Whole-app renders share two cores with other work: allow each test more than vitest's default 5 s.
const TEST_OPTIONS = { timeout: 20_000 };
const fmt = formatters('en');

describe('Compare', TEST_OPTIONS, () => {
  it('shows the Members side by side with the engine’s Index, rating and world average', async () => {
    const dataset = mockDataset();
    const table = scoresOf(dataset);
    const cycle = latestClosedCycle(dataset.framework);
    renderApp('/compare?members=KEN,UGA');
    const compared = await screen.findByRole('table', { name: `Members compared in ${cycle}` }, SLOW);
    const indexRow = within(compared).getByRole('row', { name: /^Security Index/ });
    for (const code of ['KEN', 'UGA']) {
      const value = memberScore(table, code, cycle, INDEX_MEASURE);
      if (value === null) continue;
      expect(indexRow).toHaveTextContent(fmt.score(value));
      expect(indexRow).toHaveTextContent(rating(value, dataset.framework.ratingBands).name.en);
    }
    const world = groupAggregate(table, WORLD, cycle, INDEX_MEASURE);
    expect(indexRow).toHaveTextContent(fmt.score(world.value ?? Number.NaN));
    expect(
      within(compared)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Measure', expect.stringContaining('Kenya'), expect.stringContaining('Uganda'), 'World']);
  });

  it('adds a Member found by a name typed without accents, and removes one', async () => {
    renderApp('/compare?members=KEN');
    expect(await screen.findByText('Add at least one more Member to compare.', {}, SLOW)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('combobox', { name: 'Add a Member' }), 'turkiye');
    await userEvent.click(await screen.findByRole('option', { name: /Türkiye/ }));
    const chosen = screen.getByRole('list', { name: 'Members compared' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('Kenya'), expect.stringContaining('Türkiye')]);
    expect(await screen.findByRole('table', { name: /Members compared in/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Kenya' }));
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);
  });

  it('saves a named peer group on the device and lists it as a link', async () => {
    renderApp('/compare?members=KEN,UGA,TZA');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Peer group name' }, SLOW), 'East Africa');
    await userEvent.click(screen.getByRole('button', { name: 'Save peer group' }));
    expect(await screen.findByText('Saved “East Africa” on this device.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open East Africa (3 Members)' })).toHaveAttribute(
      'href',
      '/compare?members=KEN%2CUGA%2CTZA&group=East+Africa',
    );
    expect(screen.getByText('Peer group: East Africa')).toBeInTheDocument();
  });

  it('leaves out codes the data does not have, and refuses hostile values', async () => {
    renderApp('/compare?members=KEN,ZZZ,UGA&cycle=abc');
    expect(await screen.findByText('Not found in the data and left out: ZZZ.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/Part of this link was not understood \(cycle\)/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Members compared in/ })).toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderApp('/compare?members=KEN,UGA&lang=fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Comparer des Membres' }, SLOW)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Membres comparés en/ })).toBeInTheDocument();
  });
});
