// The built app in a real Chromium: real downloads from chart frames (PNG, SVG, CSV) on the Overview, the
// explorer and a scorecard, and the whole dataset from the Methodology page — under the app's CSP.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { LINE } from './chart-lines';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Page errors and console errors — a CSP violation is one — to check that none happened. A missing optional
 * file ("Failed to load resource") is another view's business and is left out.
 */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  return errors;
}

async function download(page: Page, figure: Locator, item: RegExp) {
  await figure.getByRole('button', { name: /^(Download|Télécharger)/ }).click();
  const menuItem = page.getByRole('menuitem', { name: item });
  const [file] = await Promise.all([page.waitForEvent('download'), menuItem.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function chartWidth(figure: Locator): Promise<number> {
  const box = await figure.locator('.recharts-wrapper > svg.recharts-surface').boundingBox();
  if (!box) throw new Error('the chart is not drawn');
  return box.width;
}

async function onScreenRows(figure: Locator): Promise<number> {
  await figure.getByRole('button', { name: /^(Show table|Afficher le tableau)/ }).click();
  const table = figure.getByRole('table');
  await expect(table).toBeVisible();
  return table.locator('tbody tr').count();
}

/** Checks the three downloads of one chart frame against what the frame shows. */
async function checkFrame(page: Page, figure: Locator, namePattern: RegExp) {
  await expect(figure.locator(LINE).first()).toBeVisible();
  const title = (await figure.getByRole('heading').first().textContent()) ?? '';
  const footnote = ((await figure.locator('figcaption').textContent()) ?? '').replace(/\s+/g, ' ').trim();

  const png = await download(page, figure, /PNG/);
  expect(png.name).toMatch(namePattern);
  expect(png.name.endsWith('.png')).toBe(true);
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // IHDR: the width is the big-endian 32-bit number at byte 16.
  expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * (await chartWidth(figure)));

  const svg = await download(page, figure, /SVG/);
  expect(svg.name.endsWith('.svg')).toBe(true);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.namespaceURI,
      text: [...doc.getElementsByTagName('text')].map((node) => node.textContent).join('\n'),
      font: (doc.getElementsByTagName('style')[0]?.textContent ?? '').includes('data:font/woff2;base64,'),
      variables: text.includes('var(--'),
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.errors).toBe(0);
  expect(parsed.root).toBe('http://www.w3.org/2000/svg');
  expect(parsed.font).toBe(true);
  expect(parsed.variables).toBe(false);
  const flat = parsed.text.replace(/\s+/g, ' ');
  // Title and footnote may wrap over several lines: compare their words in order.
  expect(flat).toContain(title.split(/\s+/).slice(0, 4).join(' '));
  expect(flat).toContain(footnote.split(/\s+/).slice(0, 5).join(' '));
  expect(parsed.text).toMatch(/\/methodology/);

  const csv = await download(page, figure, /CSV/);
  expect(csv.name.endsWith('.csv')).toBe(true);
  const text = csv.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  expect(rows.data.length - 1).toBe(await onScreenRows(figure));
  return { csv: rows.data, svgText: parsed.text };
}

test('the Overview’s world chart downloads as PNG, SVG and CSV', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /^World Security Index/ });
  const { csv } = await checkFrame(page, figure, /^security-index_world_\d{4}-\d{4}_en\./);
  expect(csv[0]).toEqual(['Cycle', 'Value', 'Coverage']);
  expect(errors).toEqual([]);
});

test('the explorer’s chart downloads, with unit and coverage in the CSV', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/explore');
  const figure = page.getByRole('figure').first();
  const { csv } = await checkFrame(page, figure, /^security-index_world/);
  expect(csv[0]?.slice(0, 3)).toEqual(['Region or Member', 'Code', 'Unit']);
  expect(csv[0]?.some((header) => header.includes('Coverage'))).toBe(true);
  expect(errors).toEqual([]);
});

test('a scorecard’s chart downloads, in French when the app is in French', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/members/FRA?lang=fr');
  // The first chart of the scorecard is its Index (Members like us further down has an Index chart too).
  const figure = page.getByRole('figure', { name: /^Indice de sécurité/ }).first();
  const { csv, svgText } = await checkFrame(page, figure, /^security-index_fra_\d{4}-\d{4}_fr\./);
  expect(csv[0]?.[0]).toBe('Cycle');
  expect(svgText).toContain('Données illustratives');
  // The citation every export carries (lib/export/citation.ts), as the Methodology page shows it.
  expect(svgText.replace(/\s+/g, ' ')).toContain('Citer ainsi : Organisation mondiale des douanes (');
  expect(errors).toEqual([]);
});

test('the Methodology page downloads every observation and links the contract files', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/methodology');
  const section = page.getByRole('region', { name: 'Downloads' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'All observations (CSV)' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^observations_all-members_\d{4}-\d{4}_en\.csv$/);
  const text = readFileSync(await file.path(), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const served = (await (await page.request.get('/api/v1/observations.json')).json()) as {
    submissions: { values: Record<string, number> }[];
  };
  const values = served.submissions.reduce((sum, submission) => sum + Object.keys(submission.values).length, 0);
  expect(rows.data).toHaveLength(values);
  expect(rows.meta.fields).toEqual(['member', 'indicator', 'cycle', 'value', 'provenance', 'status', 'submitted']);
  for (const name of ['framework.json', 'members.json', 'observations.json']) {
    const link = section.getByRole('link', { name: new RegExp(`^${name.replace('.', '\\.')}`) });
    await expect(link).toHaveAttribute('download', name);
    expect((await page.request.get((await link.getAttribute('href')) ?? '')).ok()).toBe(true);
  }
  expect(errors).toEqual([]);
});

test('the Download menu works from the keyboard', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /^World Security Index/ });
  await expect(figure.locator(LINE)).toBeVisible();
  await figure.getByRole('button', { name: /^Show table/ }).focus();
  await page.keyboard.press('Tab');
  // Focus stays on the Download button when the menu replaces its placeholder.
  await expect(figure.getByRole('button', { name: /^Download/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: /PNG/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  // Escape closes the menu and gives focus back to its button.
  await figure.getByRole('button', { name: /^Download/ }).press('Enter');
  await expect(page.getByRole('menuitem', { name: /PNG/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(figure.getByRole('button', { name: /^Download/ })).toBeFocused();
});
