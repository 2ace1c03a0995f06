import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { adoptionSeries } from '@/domain/measures';
import { rating } from '@/domain/ratings';
import { groupAggregate, INDEX_MEASURE, scoresOf, WORLD } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { handlersFor } from '@mocks/handlers';
import { server } from '@mocks/node';
import { mockDataset } from '../../../tests/engine';
import { renderApp } from '../../../tests/render-app';

function engineWorldIndex() {
  const dataset = mockDataset();
  const cycle = latestClosedCycle(dataset.framework);
  const world = groupAggregate(scoresOf(dataset), WORLD, cycle, INDEX_MEASURE);
  if (world.value === null) throw new Error('the mock data should give a world Index');
  return { dataset, cycle, world, value: world.value };
}

describe('Overview', () => {
  it('shows the world Security Index the domain engine computes, with its rating and coverage', async () => {
    const { dataset, cycle, world, value } = engineWorldIndex();
    renderApp('/');
    const label = await screen.findByText(`World Security Index, ${cycle}`);
    const stat = label.closest('div');
    if (!stat) throw new Error('the Index has no figure around it');
    expect(within(stat).getByText(formatters('en').score(value))).toBeInTheDocument();
    expect(within(stat).getByText(rating(value, dataset.framework.ratingBands).name.en)).toBeInTheDocument();
    expect(within(stat).getByText(new RegExp(`${world.n} of ${world.of} Members`))).toBeInTheDocument();
  });

  it('counts the Members reporting in the latest closed cycle', async () => {
    const { cycle, world } = engineWorldIndex();
    renderApp('/');
    const label = await screen.findByText(`Members reporting in ${cycle}`);
    expect(label.closest('div')).toHaveTextContent(`${world.n} of ${world.of}`);
  });

  it('has a table behind the chart with every cycle', async () => {
    const { dataset } = engineWorldIndex();
    renderApp('/');
    const figure = await screen.findByRole('figure', { name: /^World Security Index/ });
    await userEvent.click(within(figure).getByRole('button', { name: 'Show table' }));
    const table = within(figure).getByRole('table');
    const cycles = dataset.framework.cycles.latest - dataset.framework.cycles.first + 1;
    expect(within(table).getAllByRole('row')).toHaveLength(cycles + 1);
  });

  it('speaks French when the link says so', async () => {
    const { cycle, value } = engineWorldIndex();
    renderApp('/?lang=fr');
    const label = await screen.findByText(`Indice de sécurité mondial, ${cycle}`);
    expect(label.closest('div')).toHaveTextContent(formatters('fr').score(value));
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
  });

  it('names the broken field when the data breaks the contract', async () => {
    server.use(...handlersFor('contract'));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('members.json');
    expect(alert).toHaveTextContent('members[0].region');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('shows adoption of key measures now and at the baseline, from the engine', async () => {
    const { dataset, cycle } = engineWorldIndex();
    const api = dataset.framework.indicators.find((indicator) => indicator.code === 'PAX.API');
    if (!api) throw new Error('no API indicator');
    const series = adoptionSeries(dataset, WORLD, api);
    const now = series.find((point) => point.cycle === cycle)?.adoption;
    const then = series.find((point) => point.cycle === 2015)?.adoption;
    renderApp('/');
    const label = await screen.findByText('Customs access to API', {}, { timeout: 5000 });
    const stat = label.closest('div');
    if (!stat || !now?.rate || !then?.rate) throw new Error('no adoption figure');
    expect(stat).toHaveTextContent(formatters('en').percent(now.rate));
    expect(stat).toHaveTextContent(`${formatters('en').percent(then.rate)} in 2015`);
    expect(stat).toHaveTextContent(`${now.n} of ${now.of} Members reported`);
  });

  it('charts the six regions with the world, and has a table behind it', async () => {
    const { dataset, cycle } = engineWorldIndex();
    renderApp('/');
    const figure = await screen.findByRole('figure', { name: /Security Index by region/ }, { timeout: 5000 });
    const europe = groupAggregate(scoresOf(dataset), 'EUR', cycle, INDEX_MEASURE).value;
    expect(figure).toHaveAccessibleDescription(/highest regional Index was .* in Europe/);
    await userEvent.click(within(figure).getByRole('button', { name: 'Show table' }));
    const row = within(figure).getByRole('row', { name: /^Europe/ });
    expect(row).toHaveTextContent(formatters('en').score(europe ?? 0));
    expect(within(within(figure).getByRole('table')).getAllByRole('row')).toHaveLength(1 + 1 + 6);
  });

  it('breaks the world down by programme area with rating, change and trend in words', async () => {
    const { dataset, cycle } = engineWorldIndex();
    renderApp('/');
    const table = await screen.findByRole('table', { name: `Programme areas, world, ${cycle}` }, { timeout: 5000 });
    const pax = groupAggregate(scoresOf(dataset), WORLD, cycle, { kind: 'area', area: 'PAX' }).value ?? 0;
    const row = within(table).getByRole('row', { name: /^Passenger controls/ });
    expect(row).toHaveTextContent(formatters('en').score(pax));
    expect(row).toHaveTextContent(rating(pax, dataset.framework.ratingBands).name.en);
    expect(screen.getByRole('link', { name: /Explore any indicator/ })).toHaveAttribute('href', '/explore');
    expect(screen.getByRole('link', { name: /Who moved up or down/ })).toHaveAttribute('href', '/transitions');
  });

  it('says the data is illustrative on every page', async () => {
    renderApp('/matrix');
    expect(await screen.findByText(/Illustrative data/)).toBeInTheDocument();
  });
});
