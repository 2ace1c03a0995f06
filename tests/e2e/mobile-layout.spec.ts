// Every route at 360 px wide, in English and in French (the longer words): the page itself never scrolls
// sideways; wide tables and charts scroll inside their own box instead (DESIGN §7, issue 7).
import { expect, test } from '@playwright/test';
import { openRoute, ROUTES, withLang } from './routes';

// Independent page loads: spread them over the workers rather than running the file in one.
test.describe.configure({ mode: 'parallel' });

const WIDTH = 360;

test.use({ viewport: { width: WIDTH, height: 740 } });

for (const lang of ['en', 'fr'] as const) {
  for (const route of ROUTES) {
    test(`${route.name} (${lang}) fits ${WIDTH} px without horizontal scrolling`, async ({ page }) => {
      await openRoute(page, withLang(route.path, lang));
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        // The widest element that sticks out of the viewport, to say what to fix when this fails.
        culprits: [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .filter((element) => !element.closest('.visually-hidden'))
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
      }));
      expect(widths.page, `overflowing: ${widths.culprits.join(', ')}`).toBeLessThanOrEqual(WIDTH);
    });
  }
}
