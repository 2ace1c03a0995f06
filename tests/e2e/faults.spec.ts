// Faults on the built app (DESIGN §7): the network is intercepted in the browser so each fault reaches the
// real fetch, the real retries and the real views. The user sees a specific message in their language, a retry
// where one can help, the rest of the app keeps working, and the app recovers without a reload.
// Each test has a fresh browser context (no saved copy of the data), and the fault is in place before the
// first page load, so the error is what the user gets.
import { expect, test, type Page, type Route } from '@playwright/test';
import { en as enShared } from '@/lib/i18n/en';
import { fr as frShared } from '@/lib/i18n/fr';
import { loadErrorMessages } from '@/lib/load-error/messages';
import { LINE } from './chart-lines';

// The shared messages and a failed load's own, as the page shows them.
const en = { ...enShared, ...loadErrorMessages.en };
const fr = { ...frShared, ...loadErrorMessages.fr };

const OBSERVATIONS = '**/api/v1/observations.json';
const MEMBERS = '**/api/v1/members.json';
/** Retryable faults are shown only after the query's retries with back-off: give them time. */
const AFTER_RETRIES = { timeout: 30_000 };

test.describe.configure({ timeout: 120_000 });

// These are the dataset's faults: served without the optional summary (a 404, as from a server that has none),
// the Overview waits for the dataset as every view does. summary.spec.ts has the faults behind a good summary.
test.beforeEach(async ({ page }) => {
  await page.route('**/api/v1/summary.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
});

/** A switchable fault: `fail` answers each request while `on` is true; afterwards the real file is served. */
async function injectFault(page: Page, url: string, fail: (route: Route) => Promise<void>) {
  const fault = { on: true, hits: 0 };
  await page.route(url, async (route) => {
    if (!fault.on) return route.continue();
    fault.hits += 1;
    return fail(route);
  });
  return fault;
}

function worldChart(page: Page) {
  return page.getByRole('figure', { name: /^World Security Index/ });
}

/** The Overview drew its world chart and shows no error. */
async function expectOverviewDrawn(page: Page) {
  await expect(worldChart(page).locator(LINE).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
}

const http500 = (route: Route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' });

test('a server error says HTTP 500, offers Try again, and recovers without a reload', async ({ page }) => {
  const fault = await injectFault(page, OBSERVATIONS, http500);
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(en['error.http'].replace('{status}', '500'), AFTER_RETRIES);
  await expect(alert).toContainText(en['error.title']);
  await expect(worldChart(page)).toHaveCount(0);
  // The failed request was tried again before the user was told (retries back off).
  expect(fault.hits).toBeGreaterThan(1);

  fault.on = false;
  const url = page.url();
  await alert.getByRole('button', { name: en['error.retry'] }).click();
  await expectOverviewDrawn(page);
  expect(page.url()).toBe(url);
});

test('a brief outage is retried automatically and never shown', async ({ page }) => {
  // Records the text of every alert that ever appears, however briefly.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { alertsSeen: seen });
    new MutationObserver(() => {
      for (const alert of document.querySelectorAll('[role="alert"]')) seen.push(alert.textContent);
    }).observe(document, { childList: true, subtree: true });
  });
  const fault = await injectFault(page, OBSERVATIONS, async (route) => {
    await http500(route);
    // The server comes back after two failed answers.
    if (fault.hits >= 2) fault.on = false;
  });
  await page.goto('/');
  await expectOverviewDrawn(page);
  expect(fault.hits).toBe(2);
  expect(await page.evaluate(() => (window as unknown as { alertsSeen: string[] }).alertsSeen)).toEqual([]);
});

test('a lost connection says the server could not be reached, and recovers', async ({ page }) => {
  const fault = await injectFault(page, OBSERVATIONS, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(en['error.network'], AFTER_RETRIES);

  fault.on = false;
  await alert.getByRole('button', { name: en['error.retry'] }).click();
  await expectOverviewDrawn(page);
});

test('a web page where data was due is named, not retried by itself, and Try again asks once more', async ({
  page,
}) => {
  const fault = await injectFault(page, OBSERVATIONS, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>Sign in</body></html>' }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(en['error.not-json']);
  // Bad data is not fetched again and again by itself; the user may ask (a deployment may have finished).
  expect(fault.hits).toBe(1);
  await alert.getByRole('button', { name: en['error.retry'] }).click();
  await expect.poll(() => fault.hits).toBe(2);
});

test('malformed JSON names the damaged document', async ({ page }) => {
  await injectFault(page, OBSERVATIONS, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"submissions": [{"member": "KEN",' }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(en['error.malformed'].replace('{document}', 'observations.json'));
  await expect(alert.getByRole('button', { name: en['error.retry'] })).toBeVisible();
});

test('data that breaks the contract names the document and the field', async ({ page }) => {
  await injectFault(page, MEMBERS, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { members: Record<string, unknown>[] };
    const first = json.members[0];
    if (first) first.region = 42;
    await route.fulfill({ response, json });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('members.json');
  await expect(alert).toContainText('members[0].region');
  await expect(alert.getByRole('button', { name: en['error.retry'] })).toBeVisible();
  await expect(worldChart(page)).toHaveCount(0);
});

test('a slow server shows a loading panel, then the chart', async ({ page }) => {
  await page.route(OBSERVATIONS, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  await page.goto('/');
  const loading = page.locator('[aria-busy="true"]');
  await expect(loading).toBeVisible();
  await expect(loading).toContainText(en.loading);
  await expect(worldChart(page)).toHaveCount(0);
  await expectOverviewDrawn(page);
  await expect(loading).toHaveCount(0);
});

test('in French the server error is in French', async ({ page }) => {
  const fault = await injectFault(page, OBSERVATIONS, http500);
  await page.goto('/?lang=fr');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(fr['error.http'].replace('{status}', '500'), AFTER_RETRIES);
  await expect(alert).toContainText(fr['error.title']);

  fault.on = false;
  await alert.getByRole('button', { name: fr['error.retry'] }).click();
  await expect(page.getByRole('figure', { name: /^Indice de sécurité mondial/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('during a fault the rest of the app works: navigation and the language switch', async ({ page }) => {
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  const fault = await injectFault(page, OBSERVATIONS, http500);
  const englishError = en['error.http'].replace('{status}', '500');
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(englishError, AFTER_RETRIES);

  const nav = page.getByRole('navigation', { name: en['nav.label'] });
  for (const label of [en['nav.methodology'], en['nav.members'], en['nav.matrix']]) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    // The same panel in place of the view, not a crash of the view.
    await expect(page.getByRole('alert')).toContainText(englishError, AFTER_RETRIES);
    await expect(page.getByRole('alert')).not.toContainText(en['error.crash.title']);
  }

  await page.getByRole('group', { name: en['lang.label'] }).getByRole('button', { name: fr['lang.fr'] }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(fr['error.http'].replace('{status}', '500'));
  await expect(alert).toContainText(fr['error.title']);
  await expect(alert.getByRole('button', { name: fr['error.retry'] })).toBeVisible();

  fault.on = false;
  await page.getByRole('navigation', { name: fr['nav.label'] }).getByRole('link', { name: fr['nav.overview'] }).click();
  await expect(page.getByRole('figure', { name: /^Indice de sécurité mondial/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(crashes).toEqual([]);
});

test('a view whose code cannot be downloaded says so, and the page reloads into it', async ({ page }) => {
  await page.goto('/');
  await expectOverviewDrawn(page);
  // As when offline before the app was kept, or after a new version replaced the view's file.
  const fault = await injectFault(page, '**/assets/members-page-*.js', (route) => route.abort('internetdisconnected'));
  await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.members'] }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(en['error.code.title']);
  fault.on = false;
  await alert.getByRole('button', { name: en['error.code.reload'] }).click();
  await expect(page.getByRole('heading', { level: 1, name: en['nav.members'] })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
