// Every route in a real Chromium, in English and French, each on one page load (the theme follows the system
// setting live, layout.tsx, and the layout the viewport's width):
// - axe-core finds no violation of any impact against WCAG 2.2 AA and axe's best practices, in the light and
//   then the dark theme (DESIGN §7, issue 7);
// - at 360 px wide the page itself never scrolls sideways: wide tables and charts scroll in their own box;
// - the browser tab names the page (WCAG 2.4.2), a scorecard its Member;
// - nothing breaks the Content-Security-Policy and no script error is thrown.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchPolicy } from './policy-watch';
import { APP_TITLE, openRoute, ROUTES, withLang } from './routes';
import { servedDataset } from './served-dataset';

// Independent page loads: spread them over the workers rather than running the file in one.
test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// The Matrix, Members and Reporting tables have thousands of cells, and the contrast rule checks each, twice:
// about 45 s with two browsers on two cores, 2.4–2.8 min with the whole suite's four (CI). A guard, not a measure.
const TIMEOUT_MS = 300_000;
const PHONE = { width: 360, height: 740 };

/**
 * The rules whose outcome depends on colour alone. A theme changes only colours (CSS custom properties under
 * `data-theme`), not the document, so the second theme is checked against these and the first against all.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations on the page as it is now, one line per failing node, so a failure says what to fix. */
async function violations(page: Page, only?: readonly string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (only) builder.withRules([...only]);
  else builder.withTags(TAGS);
  // Only violations: listing every passing node doubles the time on the big tables.
  const results = await builder.options({ resultTypes: ['violations'] }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
}

/** The page's scroll width, and the widest elements sticking out of the viewport, to say what to fix. */
function widths() {
  return {
    page: document.documentElement.scrollWidth,
    culprits: [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((element) => !element.closest('.visually-hidden'))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
  };
}

/** The scorecard's (CIV's) title part: its Member's name from the served data. */
async function scorecardTitle(page: Page, lang: 'en' | 'fr'): Promise<string> {
  const member = (await servedDataset(page)).members.find((candidate) => candidate.code === 'CIV');
  expect(member, 'CIV is in the served data').toBeDefined();
  const name = member?.name[lang] ?? '';
  return lang === 'en' ? `${name}: Security Programme scorecard` : `${name} : fiche du Programme de sécurité`;
}

test('each route has its own title', () => {
  const titles = ROUTES.filter((route) => !route.path.startsWith('/explore?tab=') || route.path.endsWith('chart'));
  for (const lang of ['en', 'fr'] as const) {
    expect(new Set(titles.map((route) => route.title?.[lang] ?? 'scorecard')).size).toBe(titles.length);
  }
});

// The theme switch says "System" by default, so the emulated system setting picks the palette.
test.use({ colorScheme: 'light' });

for (const lang of ['en', 'fr'] as const) {
  for (const route of ROUTES) {
    test(`${route.name} (${lang}): no axe violation in either theme, fits ${PHONE.width} px, titled`, async ({
      page,
    }) => {
      test.setTimeout(TIMEOUT_MS);
      const watch = await watchPolicy(page);
      await openRoute(page, withLang(route.path, lang));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(
        `${route.title?.[lang] ?? (await scorecardTitle(page, lang))} – ${APP_TITLE[lang]}`,
      );
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(await violations(page), 'light theme').toEqual([]);

      const document = await page.locator('body').innerHTML();
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await page.locator('body').innerHTML(), 'the theme changed only colours').toBe(document);
      expect(await violations(page, COLOUR_RULES), 'dark theme').toEqual([]);

      await page.setViewportSize(PHONE);
      await expect
        .poll(() => page.evaluate(() => window.document.documentElement.scrollWidth), {
          message: 'the page scrolls sideways',
        })
        .toBeLessThanOrEqual(PHONE.width);
      const found = await page.evaluate(widths);
      expect(found.page, `overflowing: ${found.culprits.join(', ')}`).toBeLessThanOrEqual(PHONE.width);

      await watch.collect();
      expect(watch.violations).toEqual([]);
      expect(watch.problems).toEqual([]);
    });
  }
}
