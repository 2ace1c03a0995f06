// The Overview as a user opens it, on the small hand-made dataset: every figure is the domain engine's.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { latestClosedCycle } from '@/domain/framework';
import { groupSeries } from '@/domain/measures';
import { adoptionSeries } from '@/domain/measure-series';
import { groupAggregate, INDEX_MEASURE, scoresOf, WORLD } from '@/domain/score-table';
import { summariseSeries } from '@/domain/summary';
import type { Dataset } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { handlersFor } from '@mocks/handlers';
import { server } from '@mocks/node';
import { serveSmallDataset } from '../../../tests/fixtures/serve-small-dataset';
import { renderApp } from '../../../tests/render-app';

const en = formatters('en');
const slow = { timeout: 5000 };
let dataset: Dataset;
let cycle: number;

beforeEach(() => {
  dataset = serveSmallDataset();
  cycle = latestClosedCycle(dataset.framework);
});

function worldIndex() {
  const series = groupSeries(dataset, WORLD, INDEX_MEASURE);
  const summary = summariseSeries(series, {
    cycle,
    baselineCycle: dataset.framework.resolution.baselineCycle,
    bands: dataset.framework.ratingBands,
  });
  const aggregate = groupAggregate(scoresOf(dataset), WORLD, cycle, INDEX_MEASURE);
  return { summary, aggregate, value: summary.value ?? Number.NaN };
}

/**
 * A headline figure's value and note: every figure on the Overview is a term followed by two definitions (the
 * value, then the note), so the i-th term's are the (2i)-th and (2i+1)-th definitions.
 */
async function figure(label: string) {
  await screen.findByText(label, {}, slow);
  const terms = screen.getAllByRole('term');
  const i = terms.findIndex((term) => term.textContent === label);
  const definitions = screen.getAllByRole('definition');
  const value = definitions[2 * i];
  const note = definitions[2 * i + 1];
  if (i < 0 || !value || !note) throw new Error(`no figure ${label}`);
  return { value, note };
}

describe('Overview', () => {
  it('shows the world Security Index the domain engine computes, with its rating, change, trend and coverage', async () => {
    const { summary, aggregate, value } = worldIndex();
    renderApp('/');
    const index = await figure(`World Security Index, ${cycle}`);
    expect(index.value).toHaveTextContent(en.score(value));
    expect(index.value).toHaveTextContent(summary.rating?.name.en ?? 'no rating');
    expect(index.note).toHaveTextContent(`${en.change(summary.change?.change ?? Number.NaN)} points since 2015`);
    expect(index.note).toHaveTextContent(/Improving|Moderately improving|Stagnating|Declining/);
    expect(index.note).toHaveTextContent(`${aggregate.n} of ${aggregate.of} Members`);
  });

  it('counts the Members reporting in the latest closed cycle', async () => {
    const { aggregate } = worldIndex();
    renderApp('/');
    const reporting = await figure(`Members reporting in ${cycle}`);
    expect(reporting.value).toHaveTextContent(`${aggregate.n} of ${aggregate.of}`);
  });

  it('has a table behind the chart with every cycle', async () => {
    renderApp('/');
    const chart = await screen.findByRole('figure', { name: /^World Security Index/ }, slow);
    await userEvent.click(within(chart).getByRole('button', { name: 'Show table' }));
    const cycles = dataset.framework.cycles.latest - dataset.framework.cycles.first + 1;
    const table = await within(chart).findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(cycles + 1);
  });

  it('speaks French when the link says so', async () => {
    const { value } = worldIndex();
    renderApp('/?lang=fr');
    const index = await figure(`Indice de sécurité mondial, ${cycle}`);
    expect(index.value).toHaveTextContent(formatters('fr').score(value));
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
  });

  it('names the broken field when the data breaks the contract, and offers Try again', async () => {
    server.use(...handlersFor('contract'));
    renderApp('/');
    const alert = await screen.findByRole('alert', {}, slow);
    expect(alert).toHaveTextContent('members.json');
    expect(alert).toHaveTextContent('members[0].region');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows adoption of key measures now and at the baseline, from the engine', async () => {
    const api = dataset.framework.indicators.find((indicator) => indicator.code === 'PAX.API');
    if (!api) throw new Error('no API indicator');
    const series = adoptionSeries(dataset, WORLD, api);
    const now = series.find((point) => point.cycle === cycle)?.adoption;
    const then = series.find((point) => point.cycle === 2015)?.adoption;
    if (!now || !then) throw new Error('no adoption figures');
    renderApp('/');
    const adoption = await figure('Customs access to API');
    expect(adoption.value).toHaveTextContent(en.percent(now.rate ?? Number.NaN));
    expect(adoption.note).toHaveTextContent(`${en.percent(then.rate ?? Number.NaN)} in 2015`);
    expect(adoption.note).toHaveTextContent(`${now.n} of ${now.of} Members reported`);
  });

  it('charts the six regions with the world, and has a table behind it', async () => {
    renderApp('/');
    const chart = await screen.findByRole('figure', { name: /Security Index by region/ }, slow);
    const regions = dataset.framework.regions.map((region) => ({
      name: region.name.en,
      value: groupAggregate(scoresOf(dataset), region.code, cycle, INDEX_MEASURE).value ?? Number.NaN,
    }));
    const highest = [...regions].sort((a, b) => b.value - a.value)[0];
    expect(chart).toHaveAccessibleDescription(
      new RegExp(`highest regional Index was ${en.score(highest?.value ?? Number.NaN)} in ${highest?.name ?? ''}`),
    );
    await userEvent.click(within(chart).getByRole('button', { name: 'Show table' }));
    const europe = regions.find((region) => region.name === 'Europe')?.value ?? Number.NaN;
    expect(within(chart).getByRole('row', { name: /^Europe/ })).toHaveTextContent(en.score(europe));
    expect(within(within(chart).getByRole('table')).getAllByRole('row')).toHaveLength(1 + 1 + 6);
  });

  it('breaks the world down by programme area with rating, change and trend in words', async () => {
    renderApp('/');
    const table = await screen.findByRole('table', { name: `Programme areas, world, ${cycle}` }, slow);
    const pax = summariseSeries(groupSeries(dataset, WORLD, { kind: 'area', area: 'PAX' }), {
      cycle,
      baselineCycle: 2015,
      bands: dataset.framework.ratingBands,
    });
    const row = within(table).getByRole('row', { name: /^Passenger controls/ });
    expect(row).toHaveTextContent(en.score(pax.value ?? Number.NaN));
    expect(row).toHaveTextContent(pax.rating?.name.en ?? 'no rating');
    expect(row).toHaveTextContent(en.change(pax.change?.change ?? Number.NaN));
    expect(screen.getByRole('link', { name: /Explore any indicator/ })).toHaveAttribute('href', '/explore');
    expect(screen.getByRole('link', { name: /Who moved up or down/ })).toHaveAttribute('href', '/transitions');
  });

  it('says the data is illustrative on every page', async () => {
    renderApp('/matrix');
    expect(await screen.findByText(/Illustrative data/, {}, slow)).toBeInTheDocument();
  });
});
