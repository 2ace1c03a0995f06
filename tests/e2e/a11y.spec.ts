// axe-core in a real Chromium over every route, in English and French, in the light and the dark theme:
// zero violations of any impact against WCAG 2.2 AA and axe's best practices (DESIGN §7, issue 7).
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openRoute, ROUTES, withLang } from './routes';

// Independent page loads: spread them over the workers rather than running the file in one.
test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// The Matrix, Members and Reporting tables have thousands of cells, and the contrast rule checks each.
const AXE_TIMEOUT_MS = 90_000;

/** One line per failing node, so a failure says what to fix and where. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    // The theme switch says "System" by default, so the emulated system setting picks the palette.
    test.use({ colorScheme });
    for (const lang of ['en', 'fr'] as const) {
      for (const route of ROUTES) {
        test(`${route.name} (${lang}) has no axe violation`, async ({ page }) => {
          test.setTimeout(AXE_TIMEOUT_MS);
          await openRoute(page, withLang(route.path, lang));
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          // Only violations: listing every passing node doubles the time on the big tables.
          const results = await new AxeBuilder({ page })
            .withTags(TAGS)
            .options({ resultTypes: ['violations'] })
            .analyze();
          expect(describe(results.violations)).toEqual([]);
        });
      }
    }
  });
}
