import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { scoredAreas } from '@/domain/framework';
import { memberReferenceCycle, regionRank } from '@/domain/ranking';
import { rating } from '@/domain/ratings';
import { groupAggregate, INDEX_MEASURE, memberScore, scoresOf, WORLD } from '@/domain/score-table';
import type { Dataset } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { serveSmallDataset } from '../../../tests/fixtures/serve-small-dataset';
import { SMALL_CYCLES, STORIES } from '../../../tests/fixtures/small-dataset';
import { renderApp } from '../../../tests/render-app';
import { LOAD } from '../../../tests/fixtures/view-test';

const fmt = formatters('en');
// A first render loads the route's code and builds the score table: more than findBy's default second.
let dataset: Dataset;

beforeEach(() => {
  dataset = serveSmallDataset();
});

function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`the small dataset should give ${what}`);
  return value;
}

/** The engine's figures for a Member in its scorecard's cycle, from the domain functions, not the view's model. */
function engine(code: string) {
  const table = scoresOf(dataset);
  const member = defined(
    dataset.members.find((candidate) => candidate.code === code),
    code,
  );
  const cycle = defined(memberReferenceCycle(table, code), `${code} an Index`);
  const index = defined(memberScore(table, code, cycle, INDEX_MEASURE), `${code} an Index in ${cycle}`);
  return {
    table,
    cycle,
    index,
    rating: rating(index, dataset.framework.ratingBands),
    region: groupAggregate(table, member.region, cycle, INDEX_MEASURE),
    world: groupAggregate(table, WORLD, cycle, INDEX_MEASURE),
    rank: defined(regionRank(table, code, cycle), `${code} a rank`),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A headline figure: its label, then each part right after it on the page. */
function expectFigure(label: string, ...parts: string[]) {
  expect(screen.getByRole('main')).toHaveTextContent(new RegExp([label, ...parts].map(escape).join('\\s*')));
}

describe('Scorecard', { timeout: 15_000 }, () => {
  it('shows the Index, rating, averages and rank the domain engine computes', async () => {
    const e = engine(STORIES.riser);
    renderApp(`/members/${STORIES.riser}`);
    expect(await screen.findByRole('heading', { level: 1, name: /Kenya/ }, LOAD)).toBeInTheDocument();
    expectFigure(`Security Index, ${e.cycle}`, fmt.score(e.index), e.rating.name.en);
    expectFigure(
      `East and Southern Africa average, ${e.cycle}`,
      fmt.score(defined(e.region.value, 'a region average')),
      `${e.region.n} of ${e.region.of} Members`,
    );
    expectFigure(
      `World average, ${e.cycle}`,
      fmt.score(defined(e.world.value, 'a world average')),
      `${e.world.n} of ${e.world.of} Members`,
    );
    expectFigure(`Position in the region, ${e.cycle}`, `${e.rank.rank} of ${e.rank.of}`);
  });

  it('says when a Member is tied in its region, in words for one', async () => {
    const e = engine(STORIES.faller);
    expect(e.rank.tiedWith).toBe(1);
    renderApp(`/members/${STORIES.faller}`);
    expect(await screen.findByText(/Tied with 1 other Member on the same Index\./, {}, LOAD)).toBeInTheDocument();
  });

  it('gives every scored area the score and rating the engine computes', async () => {
    const e = engine(STORIES.faller);
    renderApp(`/members/${STORIES.faller}`);
    const areas = await screen.findByRole('region', { name: 'Programme areas' }, LOAD);
    const cards = within(areas).getAllByRole('listitem');
    expect(cards).toHaveLength(dataset.framework.areas.length);
    for (const code of scoredAreas(dataset.framework)) {
      const at = dataset.framework.areas.findIndex((area) => area.code === code);
      const score = defined(memberScore(e.table, STORIES.faller, e.cycle, { kind: 'area', area: code }), code);
      const card = defined(cards[at], `a card for ${code}`);
      expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(code);
      expect(card).toHaveTextContent(fmt.score(score));
      expect(card).toHaveTextContent(rating(score, dataset.framework.ratingBands).name.en);
    }
  });

  it('says plainly when reporting blocks the Index and some area scores', async () => {
    const table = scoresOf(dataset);
    const blocked = STORIES.blocked;
    expect(memberReferenceCycle(table, blocked)).toBeNull();
    renderApp(`/members/${blocked}`);
    expect(await screen.findByText(/This Member has no Security Index yet/, {}, LOAD)).toBeInTheDocument();
    const closed = SMALL_CYCLES.latest - 1;
    expectFigure(`Security Index, ${closed}`, 'No Index');
    expectFigure(`Position in the region, ${closed}`, 'Not ranked');
    const missing = scoredAreas(dataset.framework).filter(
      (area) => memberScore(table, blocked, closed, { kind: 'area', area }) === null,
    );
    expect(missing.length).toBeGreaterThan(0);
    // The sections below the Index follow it a moment later (a deferred render).
    const areas = await screen.findByRole('region', { name: 'Programme areas' });
    expect(within(areas).getAllByText(`Not enough reported in ${closed} for a score`)).toHaveLength(missing.length);
    const gaps = screen.getByRole('region', { name: 'Reporting gaps' });
    expect(within(gaps).getAllByText(/no Security Index for this cycle/).length).toBeGreaterThan(0);
  });

  it('lists every indicator with its latest value and provenance', async () => {
    renderApp(`/members/${STORIES.riser}`);
    const section = await screen.findByRole('region', { name: 'Indicators' }, LOAD);
    for (const indicator of dataset.framework.indicators) {
      expect(within(section).getByRole('rowheader', { name: indicator.name.en })).toBeInTheDocument();
    }
    expect(within(section).getAllByText(/Validated, submitted/).length).toBeGreaterThan(0);
    await userEvent.click(within(section).getByRole('button', { name: 'Show history by cycle' }));
    const history = within(section).getByRole('table', { name: /values reported by Kenya/ });
    expect(
      within(history)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Indicator', ...[2015, 2016, 2017, 2018, 2019, 2020].map(String)]);
  });

  it('reads a count of one with the singular unit, in English and in French', async () => {
    const activities = defined(
      dataset.framework.indicators.find((indicator) => indicator.code === 'CB.ACTIVITIES'),
      'CB.ACTIVITIES',
    );
    const officers = defined(
      dataset.framework.indicators.find((indicator) => indicator.code === 'PAX.TRAINED'),
      'PAX.TRAINED',
    );
    const { unmount } = renderApp(`/members/${STORIES.countOfOne}`);
    let section = await screen.findByRole('region', { name: 'Indicators' }, LOAD);
    expect(within(section).getByRole('row', { name: new RegExp(activities.name.en) })).toHaveTextContent('1 activity');
    expect(within(section).getByRole('row', { name: new RegExp(officers.name.en) })).toHaveTextContent(
      /1 officer(?!s)/,
    );
    unmount();
    renderApp(`/members/${STORIES.countOfOne}?lang=fr`);
    section = await screen.findByRole('region', { name: 'Indicateurs' }, LOAD);
    expect(within(section).getByRole('row', { name: new RegExp(escape(activities.name.fr)) })).toHaveTextContent(
      /1 activité(?!s)/,
    );
    expect(within(section).getByRole('row', { name: new RegExp(escape(officers.name.fr)) })).toHaveTextContent(
      /1 agent(?!s)/,
    );
  });

  it('states the reporting gaps of the latest closed and the open cycle', async () => {
    renderApp(`/members/${STORIES.riser}`);
    const gaps = await screen.findByRole('region', { name: 'Reporting gaps' }, LOAD);
    expect(
      within(gaps).getByRole('heading', { name: `${SMALL_CYCLES.latest - 1}, the latest closed cycle` }),
    ).toBeInTheDocument();
    expect(
      within(gaps).getByRole('heading', { name: `${SMALL_CYCLES.open}, the open cycle (still being reported)` }),
    ).toBeInTheDocument();
    expect(within(gaps).getAllByText(/scored indicators reported/)).toHaveLength(2);
  });

  it('remembers “my administration” on this device and offers it back', async () => {
    renderApp(`/members/${STORIES.riser}`);
    const toggle = await screen.findByRole('button', { name: /This is my administration/ }, LOAD);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('spd.preferences')).toContain('"myMember":"KEN"');
  });

  it('moves a code in lower case to the Member’s address', async () => {
    renderApp('/members/ken');
    expect(await screen.findByRole('heading', { level: 1, name: /Kenya/ }, LOAD)).toBeInTheDocument();
  });

  it('speaks French when the link says so', async () => {
    const e = engine('CIV');
    renderApp('/members/CIV?lang=fr');
    expect(await screen.findByRole('heading', { level: 1, name: /Côte d'Ivoire/ }, LOAD)).toBeInTheDocument();
    expectFigure(`Indice de sécurité, ${e.cycle}`, formatters('fr').score(e.index), e.rating.name.fr);
  });
});

describe('Scorecard of an unknown Member', { timeout: 15_000 }, () => {
  beforeEach(() => {
    serveSmallDataset();
  });

  it('says so and suggests the closest Members', async () => {
    renderApp('/members/KNE');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No Member with the code “KNE”' }, LOAD),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kenya' })).toHaveAttribute('href', '/members/KEN');
    expect(screen.getByRole('link', { name: 'Browse every Member' })).toBeInTheDocument();
  });

  it('finds the Member a mistyped name meant', async () => {
    renderApp('/members/kenia');
    expect(await screen.findByRole('link', { name: 'Kenya' }, LOAD)).toBeInTheDocument();
  });

  it('renders a hostile code as inert text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    renderApp(`/members/${encodeURIComponent(hostile)}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: `No Member with the code “${hostile}”` }, LOAD),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('img')).toHaveLength(0);
  });
});
