import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { memberReferenceCycle } from '@/domain/ranking';
import { rating } from '@/domain/ratings';
import { INDEX_MEASURE, memberScore, scoresOf } from '@/domain/score-table';
import type { Dataset } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { serveSmallDataset } from '../../../tests/fixtures/serve-small-dataset';
import { STORIES } from '../../../tests/fixtures/small-dataset';
import { renderApp } from '../../../tests/render-app';
import { LOAD } from '../../../tests/fixtures/view-test';

// A first render loads the route's code and builds the score table: more than findBy's default second.
const fmt = formatters('en');
let dataset: Dataset;

beforeEach(() => {
  dataset = serveSmallDataset();
});

const memberRows = () => within(screen.getAllByRole('rowgroup')[1] ?? document.body).getAllByRole('row');
const memberNames = () => memberRows().map((row) => within(row).getByRole('rowheader').textContent);
const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });

/** Each Member's Index in its latest closed cycle with one, or null when it never had one. */
function indexOf(code: string): number | null {
  const table = scoresOf(dataset);
  const cycle = memberReferenceCycle(table, code);
  return cycle === null ? null : memberScore(table, code, cycle, INDEX_MEASURE);
}

describe('Member directory', { timeout: 15_000 }, () => {
  it('lists every Member with the Index and rating the engine computes', async () => {
    const all = dataset.members.length;
    renderApp('/members');
    expect(await screen.findByText(`${all} of ${all} Members shown`, {}, LOAD)).toBeInTheDocument();
    expect(memberRows()).toHaveLength(all);
    const index = indexOf(STORIES.riser) ?? Number.NaN;
    const row = rowOf('Kenya');
    expect(row).toHaveTextContent(fmt.score(index));
    expect(row).toHaveTextContent(rating(index, dataset.framework.ratingBands).name.en);
    expect(rowOf('Brazil')).toHaveTextContent('No Index');
  });

  it('finds Members by name in either language, ignoring case and accents, and by code', async () => {
    renderApp('/members');
    const search = await screen.findByRole('searchbox', { name: 'Search by name or code' }, LOAD);
    await userEvent.type(search, "cote d'ivoire");
    expect(memberNames()).toEqual([expect.stringContaining("Côte d'Ivoire")]);
    expect(screen.getByRole('status')).toHaveTextContent(`1 of ${dataset.members.length} Members shown`);
    await userEvent.clear(search);
    await userEvent.type(search, 'egypte');
    expect(memberNames()).toEqual([expect.stringContaining('Egypt')]);
    await userEvent.clear(search);
    await userEvent.type(search, 'KEN');
    expect(memberNames()[0]).toContain('Kenya');
    await userEvent.clear(search);
    await userEvent.type(search, 'bresil');
    expect(memberNames()).toEqual([expect.stringContaining('Brazil')]);
  });

  it('filters by region from the link and says when nothing matches', async () => {
    const wca = dataset.members.filter((member) => member.region === 'WCA');
    renderApp('/members?region=WCA');
    expect(
      await screen.findByText(`${wca.length} of ${dataset.members.length} Members shown`, {}, LOAD),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox'), 'kenya');
    expect(screen.getByText(/No Member matches/)).toBeInTheDocument();
  });

  it('filters by rating with the select', async () => {
    const { search } = renderApp('/members');
    await userEvent.click(await screen.findByRole('button', { name: /Rating/ }, LOAD));
    await userEvent.click(screen.getByRole('option', { name: 'No Index' }));
    const none = dataset.members.filter((member) => indexOf(member.code) === null);
    expect(none.length).toBeGreaterThan(0);
    expect(memberRows()).toHaveLength(none.length);
    expect(search().get('rating')).toBe('none');
  });

  it('sorts by a column, highest Index first, and back, in the link', async () => {
    const { search } = renderApp('/members');
    await userEvent.click(await screen.findByRole('button', { name: /Security Index/ }, LOAD));
    expect(screen.getByRole('columnheader', { name: /Security Index/ })).toHaveAttribute('aria-sort', 'descending');
    expect(search().get('sort')).toBe('index');
    expect(search().get('dir')).toBe('desc');
    const indexes = dataset.members.map((member) => indexOf(member.code) ?? -1);
    expect(memberRows()[0]).toHaveTextContent(fmt.score(Math.max(...indexes)));
    // Members without an Index come last, whichever the direction.
    expect(memberRows().at(-1)).toHaveTextContent('No Index');
    await userEvent.click(screen.getByRole('button', { name: /Security Index/ }));
    expect(screen.getByRole('columnheader', { name: /Security Index/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(memberRows()[0]).toHaveTextContent(fmt.score(Math.min(...indexes.filter((value) => value >= 0))));
    expect(memberRows().at(-1)).toHaveTextContent('No Index');
  });

  it('opens sorted as an old link says', async () => {
    renderApp('/members?sort=completeness&dir=asc');
    expect(await screen.findByRole('columnheader', { name: /Reported/ }, LOAD)).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('replaces a region the data does not have by every region, and says so', async () => {
    renderApp('/members?region=ATLANTIS&sort=evil');
    expect(
      await screen.findByText(/Part of this link was not understood \(region, sort\)/, {}, LOAD),
    ).toBeInTheDocument();
    expect(memberRows()).toHaveLength(dataset.members.length);
  });

  it('marks my administration once chosen on its scorecard', async () => {
    renderApp(`/members/${STORIES.riser}`);
    await userEvent.click(await screen.findByRole('button', { name: /This is my administration/ }, LOAD));
    await userEvent.click(screen.getByRole('link', { name: 'All Members' }));
    expect(await screen.findByRole('row', { name: /^Kenya/ }, LOAD)).toHaveTextContent('My administration');
    expect(rowOf('Tanzania')).not.toHaveTextContent('My administration');
  });

  it('speaks French, one Member in the singular', async () => {
    renderApp('/members?lang=fr&q=KEN');
    expect(await screen.findByRole('heading', { level: 1, name: 'Membres' }, LOAD)).toBeInTheDocument();
    expect(await screen.findByRole('searchbox', { name: 'Rechercher par nom ou par code' }, LOAD)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`1 Membre affiché sur ${dataset.members.length}`);
  });
});
