// Live-API mode: config.json beside index.html points the built app at a second server on another port,
// which answers with CORS headers; one build serves any deployment. An API that needs a login gets the user's
// cookie when config.json says `"credentials": "include"`, and a refusal tells the user to sign in.
import { expect, test, type Page } from '@playwright/test';
import { liveDocuments, startApi } from './api-server';
import { LINE } from './chart-lines';

const chart = (page: Page) => page.locator(`[data-chart-ready="true"] ${LINE}`).first();

function useConfig(page: Page, config: Record<string, unknown>) {
  return page.route('**/config.json', (route) => route.fulfill({ json: config }));
}

test('config.json points the app at an API on another origin (CORS)', async ({ page, request }) => {
  const api = await startApi(await liveDocuments(request, 'Live API on a second server'), { cors: 'any' });
  try {
    await useConfig(page, { apiBase: api.base });
    await page.goto('/');
    await expect(chart(page)).toBeVisible();
    await expect(page.getByText(/Source: Live API on a second server/)).toBeVisible();
  } finally {
    await api.close();
  }
});

test('an API without CORS headers gives a clear error, not a blank page', async ({ page, request }) => {
  const api = await startApi(await liveDocuments(request, 'Live API on a second server'), { cors: 'none' });
  try {
    await useConfig(page, { apiBase: api.base });
    await page.goto('/');
    // The client retries a network failure with back-off before it gives up and says so.
    await expect(page.getByRole('alert')).toContainText('The data server could not be reached', { timeout: 30_000 });
  } finally {
    await api.close();
  }
});

test('a broken config.json is named', async ({ page }) => {
  await useConfig(page, { apiBase: 42 });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('config.json');
});

test.describe('an API that needs a login (a session cookie), with CORS and credentials', () => {
  const session = { name: 'spd_session', value: 'signed-in' };
  const header = { name: 'x-dashboard-client', value: 'security-programme' };
  const loginConfig = (base: string) => ({
    apiBase: base,
    credentials: 'include',
    headers: { 'X-Dashboard-Client': header.value },
  });

  /** Signs the browser in to the API: its session cookie (cookies are per host, not per port). */
  async function signIn(page: Page, value = session.value) {
    await page.context().addCookies([{ name: session.name, value, domain: '127.0.0.1', path: '/', sameSite: 'Lax' }]);
  }

  /** The login API, started for one test and closed after it, whatever the test's outcome. */
  const loginTest = test.extend<{ api: Awaited<ReturnType<typeof startApi>> }>({
    api: async ({ request, baseURL }, provide) => {
      const api = await startApi(await liveDocuments(request, 'Member returns behind a login'), {
        cors: 'credentials',
        origin: new URL(baseURL ?? '').origin,
        session,
        header,
      });
      await provide(api);
      await api.close();
    },
  });

  loginTest('signed in: the cookie and the header go with every request, and the data shows', async ({ page, api }) => {
    await signIn(page);
    await useConfig(page, loginConfig(api.base));
    await page.goto('/');
    await expect(chart(page)).toBeVisible();
    await expect(page.getByText(/Source: Member returns behind a login/)).toBeVisible();
    expect(api.seen.length).toBeGreaterThanOrEqual(4);
    for (const request of api.seen) {
      expect(request.cookie).toContain(`${session.name}=${session.value}`);
      // This API has no summary document (optional): asked for, it answers 404 and the documents are used.
      expect(request.status).toBe(request.url.endsWith('/summary.json') ? 404 : 200);
    }
  });

  loginTest(
    'not signed in: the message says to sign in (not "server error"), in English and French, and signing in then trying again works',
    async ({ page, api }) => {
      await useConfig(page, loginConfig(api.base));
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(
        'The data server refused access (HTTP 401): sign in to it in this browser, then try again.',
      );
      await expect(alert).not.toContainText('answered with an error');
      expect(api.seen.every((seen) => seen.status === 401)).toBe(true);

      await signIn(page);
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect(chart(page)).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);

      // Signed out again, in French: the copy saved in the browser is shown, with the same reason in French.
      await page.context().clearCookies();
      await page.goto('/?lang=fr');
      await expect(page.getByRole('status', { name: /données enregistrées/ })).toContainText(
        'Le serveur de données a refusé l’accès (HTTP 401) : connectez-vous à ce serveur dans ce navigateur',
      );
    },
  );

  loginTest('signed in as someone the API refuses (403): the message says so and to sign in', async ({ page, api }) => {
    await signIn(page, 'another-user');
    await useConfig(page, loginConfig(api.base));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('refused access (HTTP 403): sign in');
  });

  loginTest(
    'without "credentials": "include" the browser keeps the cookie to itself, and the API refuses',
    async ({ page, api }) => {
      await signIn(page);
      await useConfig(page, { apiBase: api.base, headers: { 'X-Dashboard-Client': header.value } });
      await page.goto('/');
      await expect(page.getByRole('alert')).toContainText('refused access (HTTP 401)');
      expect(api.seen.length).toBeGreaterThan(0);
      for (const seen of api.seen) expect(seen.cookie).toBeUndefined();
    },
  );
});
