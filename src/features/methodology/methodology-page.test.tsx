import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memberLatestCycle, scoresOf } from '@/domain/score-table';
import { rating } from '@/domain/ratings';
import { datasetCounts } from '@/domain/reporting';
import { formatters } from '@/lib/i18n/format';
import { mockDataset } from '../../../tests/engine';
import { renderApp } from '../../../tests/render-app';
import { workedExample } from './methodology-model';

const fmt = formatters('en');
const LOAD = { timeout: 10_000 };

// Whole-app renders on a shared two-core machine: allow more than the default five seconds.
describe('Methodology', { timeout: 30_000 }, () => {
  it('works its example on a Member with a complete latest return, as the engine scores it', async () => {
    const dataset = mockDataset();
    const table = scoresOf(dataset);
    const example = workedExample(dataset);
    if (!example) throw new Error('the mock data should give an example');
    // The chosen return is complete and is the Member's latest scored cycle.
    expect(example.reported).toBe(example.expected);
    expect(memberLatestCycle(table, example.member.code)).toBe(example.cycle);
    const scores = table.members.get(example.member.code)?.get(example.cycle);
    if (scores?.index == null) throw new Error('the example Member has no Index');

    renderApp('/methodology');
    const caption = `From reported values to the Security Index: ${example.member.name.en}, ${example.cycle}`;
    const exampleTable = await screen.findByRole('table', { name: caption }, LOAD);
    // Every area score on screen is the engine's.
    for (const area of dataset.framework.areas) {
      const score = scores.areas.get(area.code);
      const row = within(exampleTable)
        .getByRole('rowheader', { name: `${area.name.en} score` })
        .closest('tr');
      if (!row) throw new Error(`no total row for ${area.code}`);
      const cells = within(row).getAllByRole('cell');
      expect(cells.at(-1)).toHaveTextContent(score == null ? '—' : fmt.score(score));
    }
    // And so are the Index and its rating.
    const band = rating(scores.index, dataset.framework.ratingBands);
    expect(
      screen.getByText(
        new RegExp(`Security Index = mean of the \\d+ area scores: ${fmt.score(scores.index)}, rated ${band.name.en}`),
      ),
    ).toBeInTheDocument();
  });

  it('states the data’s provenance from the loaded data', async () => {
    const dataset = mockDataset();
    const counts = datasetCounts(dataset);
    renderApp('/methodology');
    const section = await screen.findByRole('region', { name: 'Data provenance' }, LOAD);
    expect(section).toHaveTextContent(`${fmt.integer(counts.members)} Members`);
    expect(section).toHaveTextContent(`${fmt.integer(counts.observations)} observations`);
    expect(section).toHaveTextContent(`${fmt.integer(counts.provenance.validated)} validated`);
    expect(section).toHaveTextContent(/illustrative/);
  });

  it('lists every indicator of the framework, scored or context', async () => {
    const dataset = mockDataset();
    renderApp('/methodology?lang=fr');
    const list = await screen.findByRole('table', { name: /Indicateurs du cadre/ }, LOAD);
    for (const indicator of dataset.framework.indicators) {
      expect(within(list).getByText(indicator.code)).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 1, name: 'Méthodologie' })).toBeInTheDocument();
  });
});
