import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memberReferenceCycle } from '@/domain/ranking';
import { rating } from '@/domain/ratings';
import { INDEX_MEASURE, memberScore, scoresOf } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { mockDataset } from '../../../tests/engine';
import { renderApp } from '../../../tests/render-app';

const SLOW = { timeout: 10_000 };
// Whole-app renders share two cores with other work: allow each test more than vitest's default 5 s.
const TEST_OPTIONS = { timeout: 20_000 };
const memberRows = () => within(screen.getAllByRole('rowgroup')[1] ?? document.body).getAllByRole('row');
const memberNames = () => memberRows().map((row) => within(row).getByRole('rowheader').textContent);

describe('Member directory', TEST_OPTIONS, () => {
  it('lists every Member with the Index and rating the engine computes', async () => {
    const dataset = mockDataset();
    const table = scoresOf(dataset);
    renderApp('/members');
    expect(
      await screen.findByText(`${dataset.members.length} of ${dataset.members.length} Members shown`, {}, SLOW),
    ).toBeInTheDocument();
    expect(memberRows()).toHaveLength(dataset.members.length);
    const cycle = memberReferenceCycle(table, 'KEN') ?? 0;
    const index = memberScore(table, 'KEN', cycle, INDEX_MEASURE) ?? Number.NaN;
    const row = screen.getByRole('link', { name: 'Kenya' }).closest('tr');
    if (!(row instanceof HTMLElement)) throw new Error('no row for Kenya');
    expect(row).toHaveTextContent(formatters('en').score(index));
    expect(row).toHaveTextContent(rating(index, dataset.framework.ratingBands).name.en);
  });

  it('finds Members by name in either language, ignoring case and accents, and by code', async () => {
    renderApp('/members');
    const search = await screen.findByRole('searchbox', { name: 'Search by name or code' }, SLOW);
    await userEvent.type(search, "cote d'ivoire");
    expect(memberNames()).toEqual([expect.stringContaining("Côte d'Ivoire")]);
    await userEvent.clear(search);
    await userEvent.type(search, 'turkiye');
    expect(memberNames()).toEqual([expect.stringContaining('Türkiye')]);
    await userEvent.clear(search);
    await userEvent.type(search, 'KEN');
    expect(memberNames()[0]).toContain('Kenya');
    await userEvent.clear(search);
    await userEvent.type(search, 'allemagne');
    expect(memberNames()).toEqual([expect.stringContaining('Germany')]);
  });

  it('filters by region from the link and says when nothing matches', async () => {
    const dataset = mockDataset();
    const wca = dataset.members.filter((member) => member.region === 'WCA');
    renderApp('/members?region=WCA');
    expect(
      await screen.findByText(`${wca.length} of ${dataset.members.length} Members shown`, {}, SLOW),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox'), 'kenya');
    expect(screen.getByText(/No Member matches/)).toBeInTheDocument();
  });

  it('sorts by a column, highest Index first, and back', async () => {
    const dataset = mockDataset();
    const table = scoresOf(dataset);
    renderApp('/members');
    await userEvent.click(await screen.findByRole('button', { name: /Security Index/ }, SLOW));
    expect(screen.getByRole('columnheader', { name: /Security Index/ })).toHaveAttribute('aria-sort', 'descending');
    const best = Math.max(
      ...dataset.members.map((member) => {
        const cycle = memberReferenceCycle(table, member.code);
        return (cycle === null ? null : memberScore(table, member.code, cycle, INDEX_MEASURE)) ?? -1;
      }),
    );
    expect(memberRows()[0]).toHaveTextContent(formatters('en').score(best));
    await userEvent.click(screen.getByRole('button', { name: /Security Index/ }));
    expect(screen.getByRole('columnheader', { name: /Security Index/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('replaces a region the data does not have by every region, and says so', async () => {
    renderApp('/members?region=ATLANTIS&sort=evil');
    expect(await screen.findByText(/Part of this link was not understood \(sort, region\)/)).toBeInTheDocument();
  });

  it('marks my administration once chosen on its scorecard', async () => {
    renderApp('/members/KEN');
    await userEvent.click(await screen.findByRole('button', { name: /This is my administration/ }, SLOW));
    await userEvent.click(screen.getByRole('link', { name: 'All Members' }));
    const link = await screen.findByRole('link', { name: 'Kenya' }, SLOW);
    expect(link.closest('tr')).toHaveTextContent('My administration');
  });

  it('speaks French', async () => {
    renderApp('/members?lang=fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Membres' })).toBeInTheDocument();
    expect(await screen.findByRole('searchbox', { name: 'Rechercher par nom ou par code' }, SLOW)).toBeInTheDocument();
  });
});
