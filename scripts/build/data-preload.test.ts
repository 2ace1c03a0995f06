// @vitest-environment jsdom
// The data preloader as the browser runs it: the bundled documents are preloaded only when config.json leaves
// the app on them. (The browser test in tests/e2e/preload.spec.ts counts the real requests.)
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataPreload } from './data-preload';

const DOCUMENTS = ['framework.json', 'members.json', 'observations.json'];

/** Runs the preloader with config.json answering `answer`; returns the hrefs it preloaded. */
async function preloadsWith(answer: () => Promise<Response>, base = '/security-programme/'): Promise<string[]> {
  const fetch = vi.fn(answer);
  vi.stubGlobal('fetch', fetch);
  runInThisContext(dataPreload(base, DOCUMENTS).source);
  await vi.waitFor(() => {
    expect(fetch).toHaveBeenCalledWith(`${base}config.json`);
  });
  // Let the answer's promise chain settle before looking.
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => {
    expect(link.as).toBe('fetch');
    expect(link.crossOrigin).toBe('anonymous');
    return link.getAttribute('href') ?? '';
  });
}

const json = (body: unknown) => () => Promise.resolve(Response.json(body));

afterEach(() => {
  document.head.replaceChildren();
  vi.unstubAllGlobals();
});

describe('data preloader', () => {
  it('preloads the bundled documents under the build base when config.json is empty', async () => {
    expect(await preloadsWith(json({}))).toEqual(DOCUMENTS.map((name) => `/security-programme/api/v1/${name}`));
  });

  it('preloads them when there is no config.json (404)', async () => {
    expect(await preloadsWith(() => Promise.resolve(new Response('', { status: 404 })))).toHaveLength(3);
  });

  it.each([
    ['names another API', { apiBase: 'https://data.example.org/v1' }],
    ['asks for credentials', { credentials: 'include' }],
    ['adds headers', { headers: { 'X-Client': 'dashboard' } }],
  ])('preloads nothing when config.json %s', async (_case, config) => {
    expect(await preloadsWith(json(config))).toEqual([]);
  });

  it('preloads nothing when config.json cannot be read (the app will say why)', async () => {
    expect(await preloadsWith(() => Promise.resolve(new Response('<html>', { status: 200 })))).toEqual([]);
    expect(await preloadsWith(() => Promise.reject(new TypeError('offline')))).toEqual([]);
  });

  it('names its file by its content, so it can be cached for ever', () => {
    expect(dataPreload('/', DOCUMENTS).fileName).toMatch(/^assets\/data-preload-[\w-]{10}\.js$/);
    expect(dataPreload('/a/', DOCUMENTS).fileName).not.toBe(dataPreload('/', DOCUMENTS).fileName);
  });
});
