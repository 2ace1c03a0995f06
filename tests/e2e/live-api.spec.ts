// Live-API mode: config.json beside index.html points the built app at a second server on another port,
// which answers with CORS headers; one build serves any deployment.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';

const DOCUMENTS = ['framework.json', 'members.json', 'observations.json'];

/** A second origin serving the contract, with or without CORS, under /v1/. */
async function startApi(documents: Record<string, string>, cors: boolean): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const name = (request.url ?? '').replace(/^\/v1\//, '');
    const body = documents[name];
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    if (body === undefined) {
      response.writeHead(404, headers).end('{}');
      return;
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` };
}

async function liveDocuments(request: APIRequestContext) {
  const documents: Record<string, string> = {};
  for (const name of DOCUMENTS) documents[name] = await (await request.get(`/api/v1/${name}`)).text();
  const observations = JSON.parse(documents['observations.json'] ?? '{}') as { source: { name: string } };
  observations.source.name = 'Live API on a second server';
  documents['observations.json'] = JSON.stringify(observations);
  return documents;
}

test('config.json points the app at an API on another origin (CORS)', async ({ page, request }) => {
  const { server, base } = await startApi(await liveDocuments(request), true);
  try {
    await page.route('**/config.json', (route) => route.fulfill({ json: { apiBase: base } }));
    await page.goto('/');
    await expect(page.locator('[data-chart-ready="true"] .recharts-line-curve').first()).toBeVisible();
    await expect(page.getByText(/Source: Live API on a second server/)).toBeVisible();
  } finally {
    server.close();
  }
});

test('an API without CORS headers gives a clear error, not a blank page', async ({ page, request }) => {
  const { server, base } = await startApi(await liveDocuments(request), false);
  try {
    await page.route('**/config.json', (route) => route.fulfill({ json: { apiBase: base } }));
    await page.goto('/');
    // The client retries a network failure with back-off before it gives up and says so.
    await expect(page.getByRole('alert')).toContainText('The data server could not be reached', { timeout: 30_000 });
  } finally {
    server.close();
  }
});

test('a broken config.json is named', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { apiBase: 42 } }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('config.json');
});
