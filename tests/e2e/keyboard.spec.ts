// Keyboard alone, in a real Chromium: from the Overview through the navigation to the Members directory, a
// search, a Member's scorecard and a chart's Download menu, with a visible focus ring at every stop (issue 7);
// and exploring a chart point by point, the live region saying what the domain engine computes (issue 16).
import { expect, test, type Page } from '@playwright/test';
import { groupSeries } from '@/domain/measures';
import { rating } from '@/domain/ratings';
import { INDEX_MEASURE, WORLD } from '@/domain/score-table';
import type { Dataset, Lang } from '@/domain/types';
import { formatters } from '@/lib/i18n/format';
import { servedDataset } from './served-dataset';
import { LINE } from './chart-lines';

interface Focused {
  readonly tag: string;
  readonly role: string | null;
  readonly text: string;
  /** The outline or box-shadow that shows where focus is; empty when there is none. */
  readonly ring: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'body', role: null, text: '', ring: '' };
    const ringOf = (node: Element) => {
      const style = getComputedStyle(node);
      if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) {
        return `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      }
      return style.boxShadow === 'none' ? '' : style.boxShadow;
    };
    // A field's ring may be drawn by its box (`:focus-within`), e.g. a search field with its clear button.
    const ringed = [element, element.parentElement, element.parentElement?.parentElement].find(
      (node): node is Element => node instanceof Element && ringOf(node) !== '',
    );
    return {
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role'),
      text: (
        element.getAttribute('aria-label') ?? (element instanceof HTMLElement ? element.innerText : element.textContent)
      )
        .trim()
        .slice(0, 80),
      ring: ringed ? ringOf(ringed) : '',
    };
  });
}

/** Presses `key` until the focused element matches; every element passed on the way must show its focus. */
async function moveFocusTo(page: Page, key: 'Tab' | 'Shift+Tab', match: (stop: Focused) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    expect(stop.ring, `focus is visible on <${stop.tag}> "${stop.text}"`).not.toBe('');
    if (match(stop)) return stop;
  }
  throw new Error(`No focusable element matched after ${max} presses of ${key}`);
}

async function expectFocusVisible(page: Page) {
  const stop = await focused(page);
  expect(stop.ring, `focus is visible on <${stop.tag}> "${stop.text}"`).not.toBe('');
  return stop;
}

test('from the Overview to a scorecard and a chart download, by keyboard alone', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');

  // The skip link comes first, and shows itself when focused.
  const skip = await moveFocusTo(page, 'Tab', (stop) => stop.tag === 'a');
  expect(skip.text).toBe('Skip to main content');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeInViewport();

  // Through the header to the navigation's Members link.
  await moveFocusTo(page, 'Tab', (stop) => stop.tag === 'a' && stop.text === 'Members');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/members$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // As a keyboard user does, wait for the directory to be there: a Tab pressed while it replaces its loading panel
  // can land on the page itself (seen once in a full run).
  await expect(page.getByRole('searchbox', { name: 'Search by name or code' })).toBeVisible();

  // To the search field; typing filters the directory.
  await moveFocusTo(page, 'Tab', (stop) => stop.tag === 'input');
  // A typist's pace: the directory keeps the query in the link, and keys faster than a render can be lost.
  await page.keyboard.type('ivoire', { delay: 80 });
  await expect(page.getByRole('link', { name: "Côte d'Ivoire" })).toBeVisible();

  // On to the one Member left, then open its scorecard.
  await moveFocusTo(page, 'Tab', (stop) => stop.tag === 'a' && stop.text === "Côte d'Ivoire");
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/members\/CIV$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("Côte d'Ivoire");

  // The first chart's Download menu: Enter opens it, the arrows move through PNG, SVG and CSV.
  // (Past the page's "Download PDF" button: a chart's menu button reads "Download ▾".)
  await moveFocusTo(page, 'Tab', (stop) => stop.tag === 'button' && /^Download\s*▾/.test(stop.text));
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem').nth(1)).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowUp');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  await expect(menu).toBeHidden();

  // Escape-free return path: Shift+Tab walks back up the page with focus still visible.
  await moveFocusTo(page, 'Shift+Tab', (stop) => stop.tag === 'a' && stop.text === 'Members');
});

/** What the live region should say about a group's Index in the row `i` of its series, from the domain engine. */
function groupPoint(dataset: Dataset, group: string, label: string, i: number, lang: Lang): string {
  const point = groupSeries(dataset, group, INDEX_MEASURE)[i];
  if (typeof point?.value !== 'number') throw new Error(`no ${group} value in row ${i}`);
  const fmt = formatters(lang);
  const band = rating(point.value, dataset.framework.ratingBands).name[lang];
  const { n, of } = point.aggregate;
  return lang === 'en'
    ? `${label}, ${point.cycle}: ${fmt.score(point.value)}, ${band}, ${n} of ${of} Members reported`
    : `${label}, ${point.cycle} : ${fmt.score(point.value)}, ${band}, ${n} Membres sur ${of} ayant déclaré`;
}

/** Rows of the group's Index series that have a value. */
function known(dataset: Dataset, group: string): number[] {
  return groupSeries(dataset, group, INDEX_MEASURE).flatMap((point, i) => (point.value === null ? [] : [i]));
}

test('a chart explored by keyboard says each point as the engine computes it', async ({ page }) => {
  await page.goto('/?lang=en');
  const dataset = await servedDataset(page);
  const worldRows = known(dataset, WORLD);
  const chart = page.getByRole('group', { name: /^World Security Index/ });
  await expect(chart).toHaveAttribute('aria-roledescription', 'line chart');
  const live = chart.locator('[aria-live="polite"]');

  // Tab reaches the chart, which shows its focus; the arrows walk its points, Home and End its ends.
  await moveFocusTo(page, 'Tab', (stop) => stop.role === 'group');
  await expect(chart).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(groupPoint(dataset, WORLD, 'World', worldRows[0] ?? -1, 'en'));
  await expect(chart.locator('.chart-focus-marker')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(groupPoint(dataset, WORLD, 'World', worldRows[1] ?? -1, 'en'));
  await page.keyboard.press('End');
  await expect(live).toHaveText(groupPoint(dataset, WORLD, 'World', worldRows.at(-1) ?? -1, 'en'));
  await page.keyboard.press('Home');
  await expect(live).toHaveText(groupPoint(dataset, WORLD, 'World', worldRows[0] ?? -1, 'en'));

  // The regions' chart: Down moves from the world's line to the first region's, at the same cycle.
  const regions = page.getByRole('group', { name: /Security Index by region/ });
  await moveFocusTo(page, 'Tab', (stop) => stop.role === 'group');
  await expect(regions).toBeFocused();
  await page.keyboard.press('End');
  const last = worldRows.at(-1) ?? -1;
  const regionLive = regions.locator('[aria-live="polite"]');
  await expect(regionLive).toHaveText(groupPoint(dataset, WORLD, 'World', last, 'en'));
  const first = dataset.framework.regions[0];
  if (!first) throw new Error('no region');
  await page.keyboard.press('ArrowDown');
  await expect(regionLive).toHaveText(groupPoint(dataset, first.code, first.name.en, last, 'en'));
  await page.keyboard.press('ArrowUp');
  await expect(regionLive).toHaveText(groupPoint(dataset, WORLD, 'World', last, 'en'));

  // In Windows high contrast the lines, markers and rating badges take system colours and stay visible.
  await page.emulateMedia({ forcedColors: 'active' });
  await page.keyboard.press('ArrowDown');
  const line = await regions
    .locator(LINE)
    .first()
    .evaluate((path) => getComputedStyle(path).stroke);
  const text = await page.locator('body').evaluate((body) => getComputedStyle(body).color);
  expect(line).toBe(text);
  await page.screenshot({ path: 'test-results/overview-forced-colors.png', fullPage: true });

  // In French, on a scorecard: the Member's line, then its region's with the French coverage words.
  await page.emulateMedia({ forcedColors: 'none' });
  const member = dataset.members.find((candidate) => candidate.code === 'KEN') ?? dataset.members[0];
  if (!member) throw new Error('no Member');
  await page.goto(`/members/${member.code}?lang=fr`);
  const card = page.getByRole('group', { name: /indice de sécurité/i }).first();
  // Each key is pressed once the previous one has been said, as a listener would: the chart is drawn and ready.
  await expect(card.locator(LINE).first()).toBeVisible({ timeout: 15_000 });
  const cardLive = card.locator('[aria-live="polite"]');
  await card.focus();
  await page.keyboard.press('End');
  await expect(cardLive).toContainText(member.name.fr);
  await page.keyboard.press('ArrowDown');
  const region = dataset.framework.regions.find((candidate) => candidate.code === member.region);
  await expect(cardLive).toContainText(region?.name.fr ?? '');
  await page.keyboard.press('End');
  const rows = known(dataset, member.region);
  await expect(cardLive).toHaveText(groupPoint(dataset, member.region, region?.name.fr ?? '', rows.at(-1) ?? -1, 'fr'));
  await page.emulateMedia({ forcedColors: 'active' });
  await expect(page.locator('.rating-badge').first()).toHaveCSS('border-top-style', 'solid');
  await page.screenshot({ path: 'test-results/scorecard-forced-colors.png', fullPage: true });
});
