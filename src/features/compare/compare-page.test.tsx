import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { rating } from '@/domain/ratings';
import { groupAggregate, INDEX_MEASURE, memberScore, scoresOf, WORLD } from '@/domain/score-table';
import type { Dataset } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { serveSmallDataset } from '../../../tests/fixtures/serve-small-dataset';
import { STORIES } from '../../../tests/fixtures/small-dataset';
import { renderApp } from '../../../tests/render-app';
import { LOAD } from '../../../tests/fixtures/view-test';
import { resetPeerGroups } from './peer-groups-store';

// A first render loads the route's code and builds the score table: more than findBy's default second.
const fmt = formatters('en');
let dataset: Dataset;

beforeEach(() => {
  dataset = serveSmallDataset();
});
afterEach(resetPeerGroups);

function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`the small dataset should give ${what}`);
  return value;
}

describe('Compare', { timeout: 15_000 }, () => {
  it('shows the Members side by side with the engine’s Index, rating and world average', async () => {
    const table = scoresOf(dataset);
    const cycle = latestClosedCycle(dataset.framework);
    const codes = [STORIES.riser, STORIES.faller];
    renderApp(`/compare?members=${codes.join(',')}`);
    const compared = await screen.findByRole('table', { name: `Members compared in ${cycle}` }, LOAD);
    const indexRow = within(compared).getByRole('row', { name: /^Security Index/ });
    for (const code of codes) {
      const value = defined(memberScore(table, code, cycle, INDEX_MEASURE), `an Index for ${code}`);
      expect(indexRow).toHaveTextContent(fmt.score(value));
      expect(indexRow).toHaveTextContent(rating(value, dataset.framework.ratingBands).name.en);
    }
    const world = groupAggregate(table, WORLD, cycle, INDEX_MEASURE);
    expect(indexRow).toHaveTextContent(fmt.score(defined(world.value, 'a world Index')));
    expect(
      within(compared)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Measure', expect.stringContaining('Kenya'), expect.stringContaining('France'), 'World']);
  });

  it('says when a Member has too little reported for a score', async () => {
    renderApp(`/compare?members=${STORIES.riser},${STORIES.blocked}`);
    const compared = await screen.findByRole('table', { name: /Members compared in/ }, LOAD);
    expect(within(compared).getByRole('row', { name: /^Security Index/ })).toHaveTextContent('Not enough reported');
  });

  it('changes the cycle with the select, in the link', async () => {
    const first = dataset.framework.cycles.first;
    const { search } = renderApp(`/compare?members=${STORIES.riser},${STORIES.steady}`);
    await userEvent.click(await screen.findByRole('button', { name: /Cycle/ }, LOAD));
    await userEvent.click(screen.getByRole('option', { name: String(first) }));
    expect(await screen.findByRole('table', { name: `Members compared in ${first}` })).toBeInTheDocument();
    expect(search().get('cycle')).toBe(String(first));
  });

  it('adds a Member found by a name typed without accents, and removes one', async () => {
    renderApp(`/compare?members=${STORIES.riser}`);
    expect(await screen.findByText('Add at least one more Member to compare.', {}, LOAD)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('combobox', { name: 'Add a Member' }), 'cote');
    await userEvent.click(await screen.findByRole('option', { name: /Côte d'Ivoire/ }));
    const chosen = screen.getByRole('list', { name: 'Members compared' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('Kenya'), expect.stringContaining("Côte d'Ivoire")]);
    expect(await screen.findByRole('table', { name: /Members compared in/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Kenya' }));
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);
  });

  it('saves a named peer group on the device and lists it as a link', async () => {
    renderApp('/compare?members=KEN,TZA,FRA');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Peer group name' }, LOAD), 'Mixed');
    await userEvent.click(screen.getByRole('button', { name: 'Save peer group' }));
    expect(await screen.findByText('Saved “Mixed” on this device.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Mixed (3 Members)' })).toHaveAttribute(
      'href',
      '/compare?members=KEN%2CTZA%2CFRA&group=Mixed',
    );
    expect(screen.getByText('Peer group: Mixed')).toBeInTheDocument();
  });

  it('leaves out codes the data does not have, and refuses hostile values', async () => {
    renderApp('/compare?members=KEN,ZZZ,TZA&cycle=abc');
    expect(await screen.findByText('Not found in the data and left out: ZZZ.', {}, LOAD)).toBeInTheDocument();
    expect(screen.getByText(/Part of this link was not understood \(cycle\)/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Members compared in/ })).toBeInTheDocument();
  });

  it('refuses a cycle the data does not have', async () => {
    renderApp('/compare?members=KEN,TZA&cycle=1995');
    expect(await screen.findByText(/Part of this link was not understood \(cycle\)/, {}, LOAD)).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: `Members compared in ${latestClosedCycle(dataset.framework)}` }),
    ).toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderApp('/compare?members=KEN,TZA&lang=fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Comparer des Membres' }, LOAD)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Membres comparés en/ })).toBeInTheDocument();
  });
});
