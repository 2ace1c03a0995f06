// The Content-Security-Policy of the built app (DESIGN §7): it is sent as a header and a meta tag, it allows no
// inline or eval'd script, and using every view — in English and French, with downloads, tabs, theme and
// language — breaks none of it. A second test proves the watch works: an inline script is reported.
import { expect, test, type Page } from '@playwright/test';
import { openRoute, ROUTES, withLang } from './routes';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Watches a page for policy violations: the `securitypolicyviolation` events of each document (kept in a window
 * array, read before the page is left), console messages about the policy, and page errors.
 */
async function watchPolicy(page: Page) {
  const violations: string[] = [];
  const problems: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.documentURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  /** Moves the current document's violations into `violations`. */
  const collect = async () => {
    violations.push(...(await page.evaluate(() => window.cspViolations ?? [])));
    await page.evaluate(() => window.cspViolations?.splice(0));
  };
  return { violations, problems, collect };
}

async function downloadFromMenu(page: Page, figureName: RegExp, item: RegExp) {
  const figure = page.getByRole('figure', { name: figureName });
  await expect(figure.locator('.recharts-line-curve').first()).toBeVisible();
  await figure.getByRole('button', { name: /^(Download|Télécharger)/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  expect(await file.failure()).toBeNull();
  return file.suggestedFilename();
}

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.split(/\s+/)[0] === name);
}

test('the policy is sent as a header and a meta tag, with no inline or eval script, and frames only embeds', async ({
  page,
}) => {
  for (const path of ['/', '/members/CIV?lang=fr', '/embed/members/CIV?lang=fr']) {
    const response = await page.goto(path);
    const header = response?.headers()['content-security-policy'] ?? '';
    // Only an embed may be framed, by any site; the meta tag cannot say (frame-ancestors works as a header only).
    expect(directive(header, 'frame-ancestors'), path).toBe(
      path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'",
    );
    const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    for (const policy of [header, meta]) {
      const scripts = directive(policy, 'script-src');
      expect(scripts, `${path}: ${policy}`).toBeDefined();
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    }
  }
});

test('using every view, in English and French, causes no policy violation', async ({ page }) => {
  test.setTimeout(240_000);
  const watch = await watchPolicy(page);
  for (const lang of ['en', 'fr'] as const) {
    for (const route of ROUTES) {
      await watch.collect();
      await openRoute(page, withLang(route.path, lang));
    }

    await watch.collect();
    await openRoute(page, withLang('/', lang));
    const world = /^(World Security Index|Indice de sécurité mondial)/;
    expect(await downloadFromMenu(page, world, /PNG/)).toMatch(/\.png$/);
    expect(await downloadFromMenu(page, world, /SVG/)).toMatch(/\.svg$/);
    expect(await downloadFromMenu(page, world, /CSV/)).toMatch(/\.csv$/);

    await watch.collect();
    await openRoute(page, withLang('/explore', lang));
    for (const tab of [/^(Table|Tableau)$/, /^(Map|Carte)$/, /^(Chart|Graphique)$/]) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab, selected: true })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await page.waitForLoadState('networkidle');
    }
    await expect(page.getByRole('figure').first().locator('.recharts-line-curve').first()).toBeVisible();

    const theme = page.getByRole('combobox', { name: /^(Theme|Thème)$/ });
    for (const value of ['dark', 'light', 'system']) {
      await theme.selectOption(value);
      await expect(page.locator('html')).toHaveAttribute('data-theme', value === 'system' ? /^(light|dark)$/ : value);
    }
  }
  // The language switch in the header, both ways, on a page with charts.
  const switcher = page.getByRole('group', { name: /^(Language|Langue)$/ });
  await switcher.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await switcher.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.waitForLoadState('networkidle');

  await watch.collect();
  expect(watch.violations).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test('the policy blocks inline script, and the watch reports it', async ({ page }) => {
  const watch = await watchPolicy(page);
  await openRoute(page, '/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inlineRan = "yes";';
    document.body.append(script);
  });
  // One report per policy that blocked it: the header's and the meta tag's.
  await expect.poll(async () => (await page.evaluate(() => window.cspViolations ?? [])).length).toBeGreaterThan(0);
  await watch.collect();
  for (const violation of watch.violations) expect(violation).toMatch(/^script-src(-elem)? blocked inline/);
  await expect(page.locator('html')).not.toHaveAttribute('data-inline-ran', 'yes');
});
