// The bundled contract documents are preloaded only when the app reads them (scripts/build/data-preload.ts):
// with the default config.json each is downloaded exactly once (the preload is the app's own request), and with
// a config.json that names another API not a byte of them is downloaded.
import { expect, test, type Page } from '@playwright/test';
import { liveDocuments, startApi } from './api-server';

const DOCUMENTS = ['framework.json', 'members.json', 'observations.json'];

/** Every request the page makes for a bundled document, by document name. */
function bundledRequests(page: Page, origin: string): Map<string, number> {
  const counts = new Map<string, number>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || !url.pathname.startsWith('/api/v1/')) return;
    const name = url.pathname.slice('/api/v1/'.length);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  return counts;
}

test('with the shipped config.json, the documents are preloaded and downloaded once each', async ({
  page,
  baseURL,
}) => {
  const counts = bundledRequests(page, new URL(baseURL ?? '').origin);
  await page.goto('/');
  await expect(page.locator('[data-chart-ready="true"] .recharts-line-curve').first()).toBeVisible();
  const preloaded = await page
    .locator('link[rel="preload"][as="fetch"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(preloaded.sort()).toEqual(DOCUMENTS.map((name) => `/api/v1/${name}`).sort());
  await page.waitForLoadState('networkidle');
  expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(DOCUMENTS.map((name) => [name, 1])));
});

test('with config.json naming another API, the bundled documents are not downloaded at all', async ({
  page,
  request,
  baseURL,
}) => {
  const api = await startApi(await liveDocuments(request, 'Live API, no preload'), { cors: 'any' });
  try {
    const counts = bundledRequests(page, new URL(baseURL ?? '').origin);
    await page.route('**/config.json', (route) => route.fulfill({ json: { apiBase: api.base } }));
    await page.goto('/');
    await expect(page.getByText(/Source: Live API, no preload/)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(Object.fromEntries(counts)).toEqual({});
    await expect(page.locator('link[rel="preload"][as="fetch"]')).toHaveCount(0);
  } finally {
    await api.close();
  }
});
