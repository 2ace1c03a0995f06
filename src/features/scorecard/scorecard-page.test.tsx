import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scoredAreas } from '@/domain/framework';
import { memberReferenceCycle, regionRank } from '@/domain/ranking';
import { rating } from '@/domain/ratings';
import { groupAggregate, INDEX_MEASURE, memberScore, scoresOf, WORLD } from '@/domain/score-table';
import type { Member } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { mockDataset } from '../../../tests/engine';
import { renderApp } from '../../../tests/render-app';

const fmt = formatters('en');
// The first render builds the dataset and the score table; a busy machine needs more than the default second.
const SLOW = { timeout: 10_000 };
// Whole-app renders share two cores with other work: allow each test more than vitest's default 5 s.
const TEST_OPTIONS = { timeout: 20_000 };

/** The engine's figures for a Member, computed here from the domain functions, not from the view's model. */
function engine(code: string) {
  const dataset = mockDataset();
  const table = scoresOf(dataset);
  const member = dataset.members.find((candidate) => candidate.code === code) as Member;
  const cycle = memberReferenceCycle(table, code);
  if (cycle === null) throw new Error(`${code} should have an Index in the mock data`);
  const index = memberScore(table, code, cycle, INDEX_MEASURE);
  if (index === null) throw new Error('no Index');
  return {
    dataset,
    table,
    member,
    cycle,
    index,
    rating: rating(index, dataset.framework.ratingBands),
    region: groupAggregate(table, member.region, cycle, INDEX_MEASURE),
    world: groupAggregate(table, WORLD, cycle, INDEX_MEASURE),
    rank: regionRank(table, code, cycle),
  };
}

const statFor = async (label: string) => {
  const term = await screen.findByText(label, {}, SLOW);
  const stat = term.closest('.stat');
  if (!(stat instanceof HTMLElement)) throw new Error(`no figure labelled ${label}`);
  return stat;
};

describe('Scorecard', TEST_OPTIONS, () => {
  it('shows the Index, rating, averages and rank the domain engine computes', async () => {
    const e = engine('KEN');
    renderApp('/members/KEN');
    expect(await screen.findByRole('heading', { level: 1, name: /Kenya/ }, SLOW)).toBeInTheDocument();

    const index = await statFor(`Security Index, ${e.cycle}`);
    expect(within(index).getByText(fmt.score(e.index))).toBeInTheDocument();
    expect(within(index).getByText(e.rating.name.en)).toBeInTheDocument();

    const region = await statFor(`East and Southern Africa average, ${e.cycle}`);
    expect(region).toHaveTextContent(fmt.score(e.region.value ?? Number.NaN));
    expect(region).toHaveTextContent(`${e.region.n} of ${e.region.of} Members`);
    const world = await statFor(`World average, ${e.cycle}`);
    expect(world).toHaveTextContent(fmt.score(e.world.value ?? Number.NaN));
    expect(world).toHaveTextContent(`${e.world.n} of ${e.world.of} Members`);

    const rank = await statFor(`Position in the region, ${e.cycle}`);
    expect(rank).toHaveTextContent(`${e.rank?.rank ?? '?'} of ${e.rank?.of ?? '?'}`);
  });

  it('gives every scored area the score and rating the engine computes', async () => {
    const e = engine('FRA');
    renderApp('/members/FRA');
    const areas = await screen.findByRole('region', { name: 'Programme areas' }, SLOW);
    for (const code of scoredAreas(e.dataset.framework)) {
      const area = e.dataset.framework.areas.find((candidate) => candidate.code === code);
      const score = memberScore(e.table, 'FRA', e.cycle, { kind: 'area', area: code });
      const card = within(areas)
        .getByRole('heading', { level: 3, name: new RegExp(area?.name.en ?? code) })
        .closest('li');
      if (!(card instanceof HTMLElement)) throw new Error(`no card for ${code}`);
      if (score === null) {
        expect(card).toHaveTextContent(`Not enough reported in ${e.cycle}`);
      } else {
        expect(card).toHaveTextContent(fmt.score(score));
        expect(card).toHaveTextContent(rating(score, e.dataset.framework.ratingBands).name.en);
      }
    }
  });

  it('lists every indicator with its latest value and provenance', async () => {
    const e = engine('KEN');
    renderApp('/members/KEN');
    const section = await screen.findByRole('region', { name: 'Indicators' }, SLOW);
    for (const indicator of e.dataset.framework.indicators) {
      expect(within(section).getByRole('rowheader', { name: indicator.name.en })).toBeInTheDocument();
    }
    expect(within(section).getAllByText(/Validated|Self-reported/).length).toBeGreaterThan(0);
    await userEvent.click(within(section).getByRole('button', { name: 'Show history by cycle' }));
    expect(within(section).getByRole('table', { name: /values reported by Kenya/ })).toBeInTheDocument();
  });

  it('states the reporting gaps of the latest closed and the open cycle', async () => {
    const { dataset } = engine('KEN');
    renderApp('/members/KEN');
    const gaps = await screen.findByRole('region', { name: 'Reporting gaps' }, SLOW);
    const open = dataset.framework.cycles.open;
    expect(within(gaps).getByRole('heading', { name: /latest closed cycle/ })).toBeInTheDocument();
    if (open !== null) {
      expect(
        within(gaps).getByRole('heading', { name: `${open}, the open cycle (still being reported)` }),
      ).toBeInTheDocument();
    }
    expect(within(gaps).getAllByText(/scored indicators reported/).length).toBeGreaterThan(0);
  });

  it('remembers “my administration” on this device and offers it back', async () => {
    renderApp('/members/KEN');
    const toggle = await screen.findByRole('button', { name: /This is my administration/ }, SLOW);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('spd.preferences')).toContain('"myMember":"KEN"');
  });

  it('moves a code in lower case to the Member’s address', async () => {
    renderApp('/members/ken');
    expect(await screen.findByRole('heading', { level: 1, name: /Kenya/ }, SLOW)).toBeInTheDocument();
  });

  it('speaks French when the link says so', async () => {
    const e = engine('CIV');
    renderApp('/members/CIV?lang=fr');
    expect(await screen.findByRole('heading', { level: 1, name: /Côte d'Ivoire/ }, SLOW)).toBeInTheDocument();
    const index = await statFor(`Indice de sécurité, ${e.cycle}`);
    expect(index).toHaveTextContent(formatters('fr').score(e.index));
    expect(index).toHaveTextContent(e.rating.name.fr);
  });
});

describe('Scorecard of an unknown Member', TEST_OPTIONS, () => {
  it('says so and suggests the closest Members', async () => {
    renderApp('/members/KNE');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No Member with the code “KNE”' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kenya' })).toHaveAttribute('href', '/members/KEN');
    expect(screen.getByRole('link', { name: 'Browse every Member' })).toBeInTheDocument();
  });

  it('finds the Member a mistyped name meant', async () => {
    renderApp('/members/kenia');
    expect(await screen.findByRole('link', { name: 'Kenya' }, SLOW)).toBeInTheDocument();
  });

  it('renders a hostile code as inert text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    renderApp(`/members/${encodeURIComponent(hostile)}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: `No Member with the code “${hostile}”` }),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('img')).toHaveLength(0);
  });
});
