// The Content-Security-Policy of the built app (DESIGN §7): it is sent as a header and a meta tag, it allows no
// inline or eval'd script, and using the app — in English and French, with downloads, tabs, theme and language —
// breaks none of it (every route's plain visit is watched by every-route.spec.ts). A third test proves the watch
// works: an inline script is reported.
import { expect, test, type Page } from '@playwright/test';
import { watchPolicy } from './policy-watch';
import { openRoute, withLang } from './routes';
import { LINE } from './chart-lines';

async function downloadFromMenu(page: Page, figureName: RegExp, item: RegExp) {
  const figure = page.getByRole('figure', { name: figureName });
  await expect(figure.locator(LINE).first()).toBeVisible();
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

test('downloads, tabs, theme and language, in English and French, cause no policy violation', async ({ page }) => {
  test.setTimeout(150_000);
  const watch = await watchPolicy(page);
  for (const lang of ['en', 'fr'] as const) {
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
    await expect(page.getByRole('figure').first().locator(LINE).first()).toBeVisible();

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
