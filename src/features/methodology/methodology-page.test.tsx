import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { memberLatestCycle, scoresOf } from '@/domain/score-table';
import { rating } from '@/domain/ratings';
import { datasetCounts } from '@/domain/reporting';
import { formatters } from '@/lib/i18n/format';
import { serveSmallDataset, smallEngine } from '../../../tests/fixtures/serve-small-dataset';
import { FIRST_RENDER, LOAD } from '../../../tests/fixtures/view-test';
import { renderApp } from '../../../tests/render-app';
import { workedExample } from './methodology-model';

const fmt = formatters('en');

const dataset = smallEngine();
beforeEach(() => {
  serveSmallDataset();
});

describe('Methodology', () => {
  it(
    'works its example on a Member with a complete latest return, as the engine scores it',
    { timeout: FIRST_RENDER },
    async () => {
      const table = scoresOf(dataset);
      const example = workedExample(dataset);
      // The chosen return is complete and is the Member's latest scored cycle.
      expect(example?.reported).toBe(example?.expected);
      const code = example?.member.code ?? '';
      const cycle = example?.cycle ?? 0;
      expect(memberLatestCycle(table, code)).toBe(cycle);
      const scores = table.members.get(code)?.get(cycle);
      const index = scores?.index ?? null;
      expect(index).not.toBeNull();

      renderApp('/methodology');
      const caption = `From reported values to the Security Index: ${example?.member.name.en ?? ''}, ${cycle}`;
      const exampleTable = await screen.findByRole('table', { name: caption }, LOAD);
      // Every area score on screen is the engine's: the last cell of the area's total row.
      const rows = within(exampleTable).getAllByRole('row');
      for (const area of dataset.framework.areas) {
        const score = scores?.areas.get(area.code);
        const [row] = rows.filter((item) => item.textContent.startsWith(`${area.name.en} score`));
        expect(
          within(row ?? document.body)
            .getAllByRole('cell')
            .at(-1),
        ).toHaveTextContent(score == null ? '—' : fmt.score(score));
      }
      // And so are the Index and its rating.
      const band = rating(index ?? 0, dataset.framework.ratingBands);
      expect(
        screen.getByText(
          new RegExp(`Security Index = mean of the \\d+ area scores: ${fmt.score(index ?? 0)}, rated ${band.name.en}`),
        ),
      ).toBeInTheDocument();
    },
  );

  it('states the data’s provenance from the loaded data', async () => {
    const counts = datasetCounts(dataset);
    renderApp('/methodology');
    const section = await screen.findByRole('region', { name: 'Data provenance' }, LOAD);
    expect(section).toHaveTextContent(`${fmt.integer(counts.members)} Members`);
    expect(section).toHaveTextContent(`${fmt.integer(counts.observations)} observations`);
    expect(section).toHaveTextContent(`${fmt.integer(counts.provenance.validated)} validated`);
    expect(section).toHaveTextContent(/illustrative/);
  });

  it('lists every indicator of the framework, scored or context, and the rating bands', async () => {
    renderApp('/methodology?lang=fr');
    const list = await screen.findByRole('table', { name: /Indicateurs du cadre/ }, LOAD);
    for (const indicator of dataset.framework.indicators) {
      expect(within(list).getByText(indicator.code)).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 1, name: 'Méthodologie' })).toBeInTheDocument();
    const bands = screen.getByRole('table', { name: 'Niveaux de notation' });
    expect(
      within(bands)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(dataset.framework.ratingBands.map((band) => band.name.fr));
  });
});
