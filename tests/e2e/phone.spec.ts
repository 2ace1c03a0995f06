// A focal point's phone (390 × 844): the first screen, without scrolling, holds the Overview's heading and world
// Security Index, and a Scorecard's Member name and Index — in English and in French; the site's links, theme and
// language sit behind one Menu button that works by keyboard and passes axe (issue 14).
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { latestClosedCycle } from '@/domain/framework';
import { memberReferenceCycle } from '@/domain/ranking';
import { groupAggregate, INDEX_MEASURE, memberScore, scoreDataset, WORLD } from '@/domain/score-table';
import { formatters } from '@/lib/i18n/format';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { scorecardMessages } from '@/features/scorecard/messages';
import { withLang } from './routes';
import { servedDataset } from './served-dataset';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const CATALOGS = { en, fr } as const;

/** The headline figure whose label is `label`: its label and its value, both on the first screen. */
async function expectFigureOnFirstScreen(page: Page, label: string, value: string) {
  const term = page.getByRole('term').filter({ hasText: label });
  await expect(term).toBeInViewport({ ratio: 1 });
  const figure = page.getByRole('definition').filter({ hasText: value }).first();
  await expect(figure).toBeInViewport({ ratio: 1 });
}

for (const lang of ['en', 'fr'] as const) {
  const t = CATALOGS[lang];
  const fmt = formatters(lang);

  test(`the Overview's first screen shows its heading and the world Index (${lang})`, async ({ page }) => {
    await page.goto(withLang('/', lang));
    await expect(page.getByRole('heading', { level: 1, name: t['overview.title'] })).toBeInViewport({ ratio: 1 });
    const dataset = await servedDataset(page);
    const cycle = latestClosedCycle(dataset.framework);
    const world = groupAggregate(scoreDataset(dataset), WORLD, cycle, INDEX_MEASURE);
    expect(world.value).not.toBeNull();
    await expectFigureOnFirstScreen(
      page,
      t['overview.index.label'].replace('{cycle}', String(cycle)),
      fmt.score(world.value ?? Number.NaN),
    );
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test(`a Scorecard's first screen shows the Member's name and Index (${lang})`, async ({ page }) => {
    await page.goto(withLang('/members/KEN', lang));
    const dataset = await servedDataset(page);
    const kenya = dataset.members.find((member) => member.code === 'KEN');
    expect(kenya).toBeDefined();
    const name = kenya?.name[lang] ?? kenya?.name.en ?? '';
    await expect(page.getByRole('heading', { level: 1, name })).toBeInViewport({ ratio: 1 });
    const table = scoreDataset(dataset);
    const cycle = memberReferenceCycle(table, 'KEN') ?? Number.NaN;
    const index = memberScore(table, 'KEN', cycle, INDEX_MEASURE);
    expect(index).not.toBeNull();
    const label = scorecardMessages[lang]['index.label'].replace('{cycle}', String(cycle));
    await expectFigureOnFirstScreen(page, label, fmt.score(index ?? Number.NaN));
  });

  test(`the Menu button opens the links, theme and language by keyboard, axe-clean (${lang})`, async ({ page }) => {
    await page.goto(withLang('/', lang));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const menu = page.getByRole('button', { name: t['nav.menu'] });
    const nav = page.getByRole('navigation', { name: t['nav.label'] });
    // Folded: the links are not on screen, and not in the accessibility tree either.
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    // Skip link first, then the Menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await expect(page.getByRole('combobox', { name: t['theme.label'] })).toBeVisible();
    await expect(page.getByRole('group', { name: t['lang.label'] })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual(
      [],
    );
    // Tab on to the Members link and follow it: the new page opens with the menu folded again.
    const members = nav.getByRole('link', { name: t['nav.members'] });
    for (let step = 0; step < 20 && !(await members.evaluate((link) => link === document.activeElement)); step++) {
      await page.keyboard.press('Tab');
    }
    await expect(members).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/members(\?|$)/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
  });
}

test('the language can be changed from the menu', async ({ page }) => {
  await page.goto(withLang('/', 'en'));
  await page.getByRole('button', { name: en['nav.menu'] }).click();
  await page.getByRole('button', { name: en['lang.fr'] }).click();
  await expect(page.getByRole('heading', { level: 1, name: fr['overview.title'] })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
