import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { serveSmallDataset } from '../../../tests/fixtures/serve-small-dataset';
import { renderApp } from '../../../tests/render-app';

// The first render loads the dataset and the view's lazy chunk: slower than findBy's default second.
const LOAD = { timeout: 10_000 };

beforeEach(() => {
  serveSmallDataset();
});

describe('Methodology downloads', () => {
  // The first test of the file also compiles the app for the test run (about 4 s on a shared two-core machine).
  it('offers every observation as CSV and the three contract files as downloads', { timeout: 15_000 }, async () => {
    renderApp('/methodology');
    const section = await screen.findByRole('region', { name: 'Downloads' }, LOAD);
    expect(within(section).getByRole('button', { name: 'All observations (CSV)' })).toBeEnabled();
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('download'))).toEqual([
      'framework.json',
      'members.json',
      'observations.json',
    ]);
    for (const link of links)
      expect(link.getAttribute('href')).toMatch(/\/api\/v1\/(framework|members|observations)\.json$/);
  });

  it('speaks French when the app does', async () => {
    renderApp('/methodology?lang=fr');
    const section = await screen.findByRole('region', { name: 'Téléchargements' }, LOAD);
    expect(within(section).getByRole('button', { name: 'Toutes les observations (CSV)' })).toBeInTheDocument();
  });
});
