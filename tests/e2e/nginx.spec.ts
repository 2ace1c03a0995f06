// The built app behind real nginx (Debian's), on a configuration written by the same generator as
// deploy/nginx.conf, at the site root and under a sub-path (a build made with BASE_PATH): the same CSP and
// headers as `npm start`, the caching rules, gzip, deep links and reloads, and the offline service worker.
import { expect, test, type Page } from '@playwright/test';
import { savedAt } from './saved-copy';
import { buildFor, startNginx, startPreview, type RunningServer } from './web-servers';
import { LINE } from './chart-lines';

const OUT = process.env.E2E_OUT ?? 'dist';
const SUB = '/security-programme/';

interface Deployment {
  readonly name: string;
  readonly base: string;
  /** nginx serving the build. */
  nginx: RunningServer | undefined;
  /** `npm start`'s server (vite preview) on the same build, whose headers nginx must match. */
  preview: string;
}

const deployments: Deployment[] = [
  { name: 'at the root', base: '/', nginx: undefined, preview: '' },
  { name: `under ${SUB}`, base: SUB, nginx: undefined, preview: '' },
];
const running: RunningServer[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(180_000);
  const [root, sub] = deployments as [Deployment, Deployment];
  // The root build is the one the Playwright web server made (and serves with vite preview at baseURL).
  root.preview = baseURL ?? '';
  root.nginx = await startNginx(OUT, '/');
  running.push(root.nginx);
  const subOut = `${OUT}-subpath`;
  buildFor(SUB, subOut);
  sub.nginx = await startNginx(subOut, SUB);
  running.push(sub.nginx);
  const preview = await startPreview(subOut, SUB);
  running.push(preview);
  sub.preview = preview.origin;
});

test.afterAll(async () => {
  await Promise.all(running.map((server) => server.stop()));
});

/** A response's headers, asking for gzip as browsers do. */
async function get(url: string) {
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' }, redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options'];

for (const deployment of deployments) {
  test.describe(deployment.name, () => {
    const at = (path: string) => `${deployment.nginx?.origin ?? ''}${deployment.base}${path}`;

    test('sends the CSP and headers of npm start, caches hashed files for ever and the rest never, gzips', async () => {
      // The embeds may be framed by any site; no other page may be framed.
      for (const path of [
        '',
        'members/CIV?lang=fr',
        'explore?tab=map',
        'embed/',
        'embed',
        'embed/members/CIV?lang=fr',
      ]) {
        const fromNginx = await get(at(path));
        const fromStart = await get(`${deployment.preview}${deployment.base}${path}`);
        // A deep link is the app's page, from both servers.
        for (const answer of [fromNginx, fromStart]) {
          expect(answer.status, path).toBe(200);
          expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
          expect(answer.text).toContain('<div id="root">');
        }
        for (const name of SECURITY_HEADERS) {
          expect(fromNginx.headers.get(name), `${name} on ${path}`).toBe(fromStart.headers.get(name));
          expect(fromNginx.headers.get(name)).toBeTruthy();
        }
        const framing = path.startsWith('embed') ? 'frame-ancestors *' : "frame-ancestors 'none'";
        expect(fromNginx.headers.get('content-security-policy')?.endsWith(`; ${framing}`), path).toBe(true);
        expect(fromNginx.headers.get('cache-control')).toBe('no-cache');
        expect(fromNginx.headers.get('content-encoding')).toBe('gzip');
      }

      const index = (await get(at(''))).text;
      const script = /<script type="module" crossorigin src="([^"]+)"/.exec(index)?.[1] ?? '';
      expect(script.startsWith(`${deployment.base}assets/`)).toBe(true);
      const asset = await get(`${deployment.nginx?.origin ?? ''}${script}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      for (const name of SECURITY_HEADERS) expect(asset.headers.get(name)).toBeTruthy();

      for (const path of ['api/v1/observations.json', 'config.json', 'sw.js']) {
        const answer = await get(at(path));
        expect(answer.status, path).toBe(200);
        expect(answer.headers.get('cache-control'), path).toBe('no-cache');
        for (const name of SECURITY_HEADERS) expect(answer.headers.get(name), path).toBeTruthy();
      }
      const data = await get(at('api/v1/observations.json'));
      expect(data.headers.get('content-type')).toMatch(/^application\/json/);
      expect(data.headers.get('content-encoding')).toBe('gzip');

      // A file that is not there is a 404, not the app's page: old code and wrong data addresses say so.
      for (const path of ['assets/index-00000000.js', 'api/v1/nothing.json', 'nothing.js']) {
        expect((await get(at(path))).status, path).toBe(404);
      }
    });

    test('opens deep links, survives reloads and keeps the prefix while navigating', async ({ page }) => {
      await page.goto(at('members/CIV?lang=fr'));
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toContainText("Côte d'Ivoire");
      await page.reload();
      await expect(heading).toContainText("Côte d'Ivoire");
      await page
        .getByRole('navigation', { name: /principale|Main/ })
        .getByRole('link', { name: 'Membres' })
        .click();
      await expect(page).toHaveURL(at('members'));
      await expect(page.getByRole('link', { name: /Kenya/ }).first()).toBeVisible();
      await page.goto(at('no/such/page'));
      await expect(heading).toBeVisible();
      const documents: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/v1/')) documents.push(request.url());
      });
      await page.goto(at(''));
      await expect(page.locator(`[data-chart-ready="true"] ${LINE}`).first()).toBeVisible();
      // The bundled documents are asked for from under the prefix too: the summary first, the others once the
      // page is idle.
      await expect
        .poll(() => documents.filter((href) => href.endsWith('/observations.json')).length, { timeout: 15_000 })
        .toBe(1);
      expect(documents.length).toBeGreaterThanOrEqual(4);
      for (const href of documents) expect(href.startsWith(at('api/v1/')), href).toBe(true);
    });

    test.describe('offline', () => {
      test.use({ serviceWorkers: 'allow' });

      test('after one visit the app, deep links included, opens without a network', async ({ page, context }) => {
        await page.goto(at(''));
        await expect(page.locator(`[data-chart-ready="true"] ${LINE}`).first()).toBeVisible();
        const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
        expect(scope).toBe(at(''));
        await expect.poll(() => savedAt(page), { timeout: 15_000 }).not.toBeNull();

        await context.setOffline(true);
        await openOffline(page, at('members/CIV'));
        await expect(page.getByRole('heading', { level: 1 })).toContainText("Côte d'Ivoire");
        await expect(page.getByRole('status', { name: 'Showing the data saved in this browser' })).toBeVisible();
        await context.setOffline(false);
      });
    });
  });
}

/** Opens an address with the network cut: only the service worker can answer. */
async function openOffline(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.fromServiceWorker()).toBe(true);
}

// Only a sub-path has a bare form without its trailing slash.
for (const deployment of deployments.filter((candidate) => candidate.base !== '/')) {
  test(`${deployment.name}: sends the prefix without its trailing slash on to the prefix`, async () => {
    const bare = await get(`${deployment.nginx?.origin ?? ''}${deployment.base.slice(0, -1)}`);
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toMatch(new RegExp(`${deployment.base}$`));
  });
}
