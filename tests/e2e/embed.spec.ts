// Embeds as another site uses them: the embed code copied from a chart's menu, pasted into a page on another
// origin (localhost vs 127.0.0.1), draws its chart in a 600 × 400 and a 320-wide frame with no page around it,
// passes axe, and links to the full view; a page of the site itself in a frame is refused (frame-ancestors).
import { createServer, type Server } from 'node:http';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { freePort } from './web-servers';
import { LINE } from './chart-lines';

const EXPLORE = '/explore?measure=INDEX&regions=ESA,EUR&members=KEN';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let host: Server | undefined;
let hostOrigin = '';
/** The host page's body, set by the test before it opens the page. */
let hostBody = '';

test.beforeAll(async () => {
  const port = await freePort();
  host = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>Intranet</title><body><main>${hostBody}</main></body></html>`);
  });
  await new Promise<void>((done) => host?.listen(port, 'localhost', done));
  hostOrigin = `http://localhost:${port}`;
});

test.afterAll(async () => {
  await new Promise((done) => host?.close(done));
});

test.use({ viewport: { width: 1280, height: 1000 } });

/** Opens the chart's menu and picks a Share item; returns what the clipboard then holds. */
async function copyFromMenu(page: Page, figureName: RegExp, item: RegExp, confirmation: RegExp): Promise<string> {
  const figure = page.getByRole('figure', { name: figureName });
  await expect(figure.locator(`[data-chart-drawn="true"] ${LINE}`).first()).toBeVisible();
  await figure.getByRole('button', { name: /^(Download|Télécharger)/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
  await expect(figure.getByRole('status').filter({ hasText: confirmation })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Legend labels of a chart, in order. */
const legendOf = (root: Page | FrameLocator, scope: string) => root.locator(`${scope} li`).allInnerTexts();

test('copied embed code shows the chart in another site; the site itself refuses to be framed', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const app = baseURL ?? '';
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app });

  // Copy link and Copy embed code on the Explorer, in English.
  await page.goto(EXPLORE);
  const explore = /^Security Index/;
  expect(await copyFromMenu(page, explore, /^Copy link$/, /^Link copied/)).toBe(`${app}${EXPLORE}`);
  const snippet = await copyFromMenu(page, explore, /^Copy embed code$/, /^Embed code copied/);
  const title = (await page.getByRole('figure', { name: explore }).locator('h2').innerText()).trim();
  // `&` written as `&amp;` in the attribute, as HTML wants it.
  const src = `${app}/embed${EXPLORE}&lang=en`.replaceAll('&', '&amp;');
  expect(snippet).toBe(
    `<iframe src="${src}" width="600" height="400" title="${title}" loading="lazy" style="max-width: 100%; border: 0"></iframe>`,
  );
  const legend = await legendOf(page, 'figure .explore-chart');

  // When the browser refuses the clipboard, the text is shown to copy by hand.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page
    .getByRole('button', { name: /^Download/ })
    .first()
    .click();
  await page.getByRole('menuitem', { name: /^Copy link$/ }).click();
  await expect(page.getByRole('textbox', { name: /^Link to copy$/ })).toHaveValue(`${app}${EXPLORE}`);

  // A scorecard's embed code, in French.
  await page.goto('/members/KEN?lang=fr');
  const frSnippet = await copyFromMenu(
    page,
    /^Indice de sécurité/,
    /^Copier le code d’intégration$/,
    /^Code d’intégration copié/,
  );
  expect(frSnippet).toContain(`src="${app}/embed/members/KEN?lang=fr"`);

  // Another site's page: the two embed codes (one narrowed to 320 px), the Overview's regions chart and a page
  // of the site itself.
  hostBody = [
    snippet,
    frSnippet.replace('width="600" height="400"', 'width="320" height="480"'),
    `<iframe src="${app}/embed/?chart=regions" width="600" height="400" title="Regions"></iframe>`,
    `<iframe src="${app}/explore" width="300" height="150" title="Site"></iframe>`,
  ].join('\n');
  const refused = page.waitForEvent('console', (message) => message.text().includes("frame-ancestors 'none'"));
  await page.goto(`${hostOrigin}/`);
  const frames = page.locator('iframe');
  const exploreFrame = frames.nth(0).contentFrame();
  const scorecardFrame = frames.nth(1).contentFrame();
  const regionsFrame = frames.nth(2).contentFrame();

  for (const frame of [exploreFrame, scorecardFrame, regionsFrame]) {
    await expect(frame.locator(`[data-chart-drawn="true"] ${LINE}`).first()).toBeVisible();
    // The chart alone: no site header, navigation or footer; a source line and the way to the full view.
    await expect(frame.getByRole('banner')).toHaveCount(0);
    await expect(frame.getByRole('navigation')).toHaveCount(0);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(1);
    const full = frame.getByRole('link', { name: /^(View full chart|Voir le graphique complet)/ });
    await expect(full).toHaveAttribute('target', '_blank');
    // Nothing wider than the frame.
    const overflow = await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  // The Explorer's embed draws the same chart as the Explorer, and links back to it.
  await expect(exploreFrame.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(await legendOf(exploreFrame, 'figure')).toEqual(legend);
  await expect(exploreFrame.locator(LINE)).toHaveCount(legend.length);
  await expect(exploreFrame.getByRole('link', { name: /^View full chart/ })).toHaveAttribute(
    'href',
    `${EXPLORE}&lang=en`,
  );
  await expect(exploreFrame.getByText('Illustrative data', { exact: true })).toBeVisible();
  await expect(exploreFrame.getByText(/^WCO \(\d{4}\), Security Programme Progress Dashboard$/)).toBeVisible();

  await expect(scorecardFrame.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(scorecardFrame.getByRole('heading', { level: 1 })).toContainText('Kenya');
  await expect(scorecardFrame.getByText('Données illustratives', { exact: true })).toBeVisible();
  await expect(regionsFrame.getByRole('link', { name: /^View full chart/ })).toHaveAttribute('href', '/');

  // The site's own page is refused: the frame holds no app.
  await refused;
  await expect(frames.nth(3).contentFrame().locator('#root')).toHaveCount(0);

  // axe over the embeds, as the frames show them.
  const results = await new AxeBuilder({ page })
    .include('iframe:nth-of-type(1)')
    .include('iframe:nth-of-type(2)')
    .include('iframe:nth-of-type(3)')
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(
    results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    ),
  ).toEqual([]);
});
