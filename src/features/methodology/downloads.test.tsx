import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { serveSmallDataset } from '../../../tests/fixtures/serve-small-dataset';
import { FIRST_RENDER, LOAD } from '../../../tests/fixtures/view-test';
import { renderApp } from '../../../tests/render-app';

beforeEach(() => {
  serveSmallDataset();
});

describe('Methodology downloads', () => {
  it(
    'offers every observation as CSV and the three contract files as downloads',
    { timeout: FIRST_RENDER },
    async () => {
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
    },
  );

  it('speaks French when the app does', async () => {
    renderApp('/methodology?lang=fr');
    const section = await screen.findByRole('region', { name: 'Téléchargements' }, LOAD);
    expect(within(section).getByRole('button', { name: 'Toutes les observations (CSV)' })).toBeInTheDocument();
  });
});
