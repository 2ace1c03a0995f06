// Text from data is text (DESIGN §7): Member names carrying markup, script URLs, right-to-left overrides,
// spreadsheet formulas and very long strings render inert on every view that shows names, trigger no dialog or
// script, and leave the exports as plain text: CSV cells that a spreadsheet would run are neutralised, and the
// SVG holds them as text content only.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { LINE } from './chart-lines';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  'javascript:alert(3)',
  '\u202Eevil\u202C',
  'A'.repeat(300),
  '=HYPERLINK("http://x","y")',
  '+1',
  '-1+1',
  '@SUM(A1)',
];

/** What a spreadsheet would take as a formula: the cells the CSV writer must neutralise (DESIGN §7). */
const FORMULA_START = /^[=+\-@\t\r]/;

interface MemberDoc {
  code: string;
  name: { en: string; fr: string };
}

/** The hostile name the i-th Member gets: one of HOSTILE, with the code after it so each name is unique. */
function hostileName(member: MemberDoc, i: number): string {
  return `${HOSTILE[i % HOSTILE.length] ?? ''} ${member.code}`;
}

/** Serves members.json with every Member renamed; returns the Members in file order with their new names. */
async function serveHostileNames(page: Page): Promise<{ code: string; name: string }[]> {
  await page.route('**/api/v1/members.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { members: MemberDoc[] };
    json.members.forEach((member, i) => {
      const name = hostileName(member, i);
      member.name = { en: name, fr: name };
    });
    await route.fulfill({ response, json });
  });
  const served = (await (await page.request.get('/api/v1/members.json')).json()) as { members: MemberDoc[] };
  return served.members.map((member, i) => ({ code: member.code, name: hostileName(member, i) }));
}

function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function download(page: Page, figure: Locator, item: RegExp): Promise<string> {
  await figure.getByRole('button', { name: /^Download/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return readFile(await file.path(), 'utf8');
}

/** The CSV's cells; checks every cell a spreadsheet would run as a formula was neutralised. */
function csvCells(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  // Only a number may start with a sign: "-2" is a value, "-1+1 KEN" is text and must not be a formula.
  const formulas = parsed.data.flat().filter((cell) => FORMULA_START.test(cell) && !Number.isFinite(Number(cell)));
  expect(formulas).toEqual([]);
  return parsed.data;
}

/** A name as the CSV must hold it: verbatim, behind a quote mark if a spreadsheet would run it. */
function asCsvText(name: string): string {
  return FORMULA_START.test(name) ? `'${name}` : name;
}

/** Parses an SVG in the page (DOMParser runs nothing) and reports anything active in it, and its texts. */
async function inspectSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const elements = [...doc.getElementsByTagName('*')];
    const attributes = elements.flatMap((element) => [...element.attributes]);
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      active: elements
        .map((element) => element.localName)
        .filter((name) => ['script', 'foreignObject', 'img', 'iframe', 'a'].includes(name)),
      handlers: attributes.map((attribute) => attribute.name).filter((name) => /^on/i.test(name)),
      scriptUrls: attributes.filter((attribute) => /^\s*javascript:/i.test(attribute.value)).length,
      texts: [...doc.getElementsByTagName('text')].map((node) => node.textContent),
    };
  }, text);
}

test('hostile Member names render as inert text everywhere', async ({ page }) => {
  // Six views, each loaded whole: about 25 s alone, over a minute with four browsers on two cores.
  test.setTimeout(120_000);
  const dialogs = recordDialogs(page);
  await serveHostileNames(page);

  for (const path of [
    '/members',
    '/members/KEN',
    '/matrix',
    '/reporting',
    '/compare?members=KEN,FRA',
    '/methodology',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    // The markup shows as characters, and no element was made from it.
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
    expect(await page.locator('main script').count(), path).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count(), path).toBe(0);
  }
  await page.goto('/members');
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first()).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('hostile Member names are exported as text: CSV neutralised, SVG inert', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = recordDialogs(page);
  const members = await serveHostileNames(page);
  const named = members.slice(0, HOSTILE.length);
  // Compare takes six Members at most: the hostile names in two comparisons.
  const groups = [named.slice(0, 5), named.slice(5)];

  for (const group of groups) {
    await page.goto(`/compare?members=${group.map((member) => member.code).join(',')}`);
    const figure = page.getByRole('figure', { name: /^Security Index of the Members compared/ });
    // Charts draw as they near the viewport.
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator(LINE).first()).toBeVisible();

    const header = csvCells(await download(page, figure, /CSV/))[0] ?? [];
    for (const { name } of group) expect(header).toContain(asCsvText(name));

    const svg = await inspectSvg(page, await download(page, figure, /SVG/));
    expect(svg.errors).toBe(0);
    expect(svg.active).toEqual([]);
    expect(svg.handlers).toEqual([]);
    expect(svg.scriptUrls).toBe(0);
    // Each name is one legend entry, character for character.
    for (const { name } of group) expect(svg.texts).toContain(name);
  }

  // A scorecard puts the Member's name in its chart's title and its table's header.
  const formula = named.find((member) => member.name.startsWith('='));
  if (!formula) throw new Error('no formula-like name in the list');
  await page.goto(`/members/${formula.code}`);
  const figure = page.getByRole('figure', { name: `Security Index of ${formula.name}` });
  await expect(figure.locator(LINE).first()).toBeVisible();
  expect(csvCells(await download(page, figure, /CSV/))[0]).toContain(asCsvText(formula.name));
  const svg = await inspectSvg(page, await download(page, figure, /SVG/));
  expect(svg.active).toEqual([]);
  expect(svg.handlers).toEqual([]);
  expect(svg.texts).toContain(formula.name);

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
