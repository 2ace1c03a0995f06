// The optional summary document (summary.json): the Overview draws from it before the dataset has arrived, shows
// exactly what it shows from the dataset, and gives way to the dataset when the summary is for other data. Served
// by a live API (api-server.ts), which answers 404 for a document it does not have.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { liveDocuments, startApi, type Api } from './api-server';

function useApi(page: Page, api: Api) {
  return page.route('**/config.json', (route) => route.fulfill({ json: { apiBase: api.base } }));
}

/** The Overview's main text once both charts and the areas' table are drawn. */
async function overviewText(page: Page): Promise<string> {
  await expect(page.getByRole('figure')).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByRole('table').last()).toBeVisible();
  return page.getByRole('main').innerText();
}

const asked = (api: Api, name: string) => api.seen.filter((seen) => seen.url.endsWith(`/${name}`));

/** A hold on observations.json: the API answers it only once `release` is called. */
function hold(): { readonly held: Promise<void>; readonly release: () => void } {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { held, release };
}

/**
 * Two live APIs serving the same data under `source`: `plain` without a summary (404), `summarised` with one and
 * observations.json held until `release`.
 */
async function plainAndSummarised(request: APIRequestContext, source: string) {
  const { held, release } = hold();
  const plain = await startApi(await liveDocuments(request, source), { cors: 'any' });
  const summarised = await startApi(await liveDocuments(request, source, { summary: true }), {
    cors: 'any',
    holdObservations: held,
  });
  return {
    plain,
    summarised,
    release,
    close: async () => {
      release();
      await Promise.all([plain.close(), summarised.close()]);
    },
  };
}

test('the Overview draws from the summary before the data arrives, and shows what the data itself shows', async ({
  page,
  request,
}) => {
  const source = 'Live API with a summary';
  const { plain, summarised, release, close } = await plainAndSummarised(request, source);
  try {
    await useApi(page, plain);
    await page.goto('/');
    const fromData = await overviewText(page);
    expect(asked(plain, 'summary.json').map((seen) => seen.status)).toEqual([404]);

    await page.unrouteAll();
    await useApi(page, summarised);
    await page.goto('/');
    // Every figure is on screen while observations.json has not been answered: they came from the summary.
    const fromSummary = await overviewText(page);
    expect(asked(summarised, 'observations.json')).toHaveLength(0);
    expect(fromSummary).toBe(fromData);
    await expect(page.getByText(`Source: ${source}`)).toBeVisible();

    // Once the data has come (and been checked: same asOf), nothing on screen changes.
    release();
    await expect.poll(() => asked(summarised, 'observations.json').length, { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await page.getByRole('main').innerText()).toBe(fromData);
  } finally {
    await close();
  }
});

test('a summary made for other data (another asOf) gives way to the data’s own figures', async ({ page, request }) => {
  const source = 'Live API with an old summary';
  const documents = await liveDocuments(request, source, { summary: true });
  const summary = JSON.parse(documents['summary.json'] ?? '{}') as {
    asOf: string;
    overview: { reporting: { n: number } };
  };
  // An older summary, left behind when the data was updated: one Member fewer reporting.
  summary.asOf = '2001-01-01';
  summary.overview.reporting.n -= 1;
  const stale = await startApi({ ...documents, 'summary.json': JSON.stringify(summary) }, { cors: 'any' });
  const plain = await startApi(await liveDocuments(request, source), { cors: 'any' });
  try {
    await useApi(page, plain);
    await page.goto('/');
    const fromData = await overviewText(page);

    await page.unrouteAll();
    await useApi(page, stale);
    await page.goto('/');
    await expect.poll(() => overviewText(page), { timeout: 20_000 }).toBe(fromData);
    expect(asked(stale, 'summary.json').map((seen) => seen.status)).toEqual([200]);
  } finally {
    await Promise.all([plain.close(), stale.close()]);
  }
});

test('behind a good summary, broken observations are still named, with Try again', async ({ page, request }) => {
  const documents = await liveDocuments(request, 'Live API with broken observations', { summary: true });
  const broken = await startApi({ ...documents, 'observations.json': '{"asOf": "2026-' }, { cors: 'any' });
  try {
    await useApi(page, broken);
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('observations.json', { timeout: 20_000 });
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  } finally {
    await broken.close();
  }
});

test('a data package asked for before the data has arrived waits for it, then downloads', async ({ page, request }) => {
  const { held, release } = hold();
  const documents = await liveDocuments(request, 'Live API, data on its way', { summary: true });
  const api = await startApi(documents, { cors: 'any', holdObservations: held });
  try {
    await useApi(page, api);
    await page.goto('/?lang=en');
    const figure = page.getByRole('figure', { name: /^World Security Index/ });
    await figure.getByRole('button', { name: /^Download/ }).click();
    const downloaded = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /ZIP/ }).click();
    // The figures came from the summary; the package needs the whole dataset, which has not been answered yet.
    await expect(page.getByText('Preparing the download…')).toBeAttached();
    expect(asked(api, 'observations.json')).toHaveLength(0);
    release();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/^security-index_world_\d{4}-\d{4}_en\.zip$/);
    await expect(page.getByText(`Downloaded ${file.suggestedFilename()}.`)).toBeAttached();
  } finally {
    release();
    await api.close();
  }
});

/** The scorecard's main text once the whole page is drawn (its areas' cards follow the data). */
async function scorecardText(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Programme areas' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Loading the data…')).toHaveCount(0);
  return page.getByRole('main').innerText();
}

test('a scorecard’s first screen comes from the summary before the data, with the figures the data gives', async ({
  page,
  request,
}) => {
  const source = 'Live API with a summary, for scorecards';
  const { plain, summarised, release, close } = await plainAndSummarised(request, source);
  try {
    await useApi(page, plain);
    await page.goto('/members/KEN?lang=en');
    const fromData = await scorecardText(page);
    expect(asked(plain, 'summary.json').map((seen) => seen.status)).toEqual([404]);

    await page.unrouteAll();
    await useApi(page, summarised);
    await page.goto('/members/KEN?lang=en');
    // The Member, its Index, the averages, its rank and its chart, while observations.json is not answered.
    await expect(page.getByRole('heading', { level: 1, name: /^Kenya/ })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('figure', { name: /^Security Index of Kenya/ })).toBeVisible();
    await expect(page.getByText('Loading the data…')).toBeVisible();
    const firstScreen = (await page.getByRole('main').innerText()).replace(/\s*Loading the data…\s*$/, '');
    expect(asked(summarised, 'observations.json')).toHaveLength(0);
    // Word for word what the dataset's page begins with.
    expect(firstScreen.length).toBeGreaterThan(200);
    expect(fromData.startsWith(firstScreen)).toBe(true);

    // The rest of the page follows the data; nothing on the first screen changes.
    release();
    expect(await scorecardText(page)).toBe(fromData);
  } finally {
    await close();
  }
});

test('a summary whose Index is for other data (another asOf) gives way to the data on a scorecard', async ({
  page,
  request,
}) => {
  const source = 'Live API with an old summary, for scorecards';
  const documents = await liveDocuments(request, source, { summary: true });
  const summary = JSON.parse(documents['summary.json'] ?? '{}') as {
    asOf: string;
    memberIndex: { members: Record<string, (number | null)[]> };
  };
  // Left behind when the data was updated: Kenya's Index was lower then.
  summary.asOf = '2001-01-01';
  summary.memberIndex.members.KEN = (summary.memberIndex.members.KEN ?? []).map((value) =>
    value === null ? null : value / 2,
  );
  const stale = await startApi({ ...documents, 'summary.json': JSON.stringify(summary) }, { cors: 'any' });
  const plain = await startApi(await liveDocuments(request, source), { cors: 'any' });
  try {
    await useApi(page, plain);
    await page.goto('/members/KEN?lang=fr');
    await expect(page.getByRole('heading', { level: 1, name: /^Kenya/ })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Chargement des données…')).toHaveCount(0, { timeout: 20_000 });
    const fromData = await page.getByRole('main').innerText();

    await page.unrouteAll();
    await useApi(page, stale);
    await page.goto('/members/KEN?lang=fr');
    await expect.poll(() => page.getByRole('main').innerText(), { timeout: 20_000 }).toBe(fromData);
    expect(asked(stale, 'summary.json').map((seen) => seen.status)).toEqual([200]);
  } finally {
    await Promise.all([plain.close(), stale.close()]);
  }
});

test('Print on a scorecard drawn from the summary waits for the whole scorecard', async ({ page, request }) => {
  const { held, release } = hold();
  const documents = await liveDocuments(request, 'Live API, data on its way, for print', { summary: true });
  const api = await startApi(documents, { cors: 'any', holdObservations: held });
  try {
    // What the page held when the browser's print was called.
    await page.addInitScript(() => {
      const printed: string[] = [];
      Object.assign(window, { printed });
      window.print = () => {
        printed.push(document.querySelector('main')?.textContent ?? '');
      };
    });
    await useApi(page, api);
    await page.goto('/members/KEN?lang=en');
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    const printed = () => page.evaluate(() => (window as unknown as { printed: string[] }).printed);
    expect(await printed()).toEqual([]);
    release();
    await expect.poll(async () => (await printed()).length, { timeout: 20_000 }).toBe(1);
    const [text = ''] = await printed();
    expect(text).toContain('Programme areas');
    expect(text).not.toContain('Loading the data…');
  } finally {
    release();
    await api.close();
  }
});
