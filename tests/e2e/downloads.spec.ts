// The built app in a real Chromium: the downloads beyond the line charts — the world map (SVG with its legend,
// source and a shape per Member with data; PNG; CSV; data package), the Transitions view (its Sankey drawn with a
// link per non-empty transition, and its tables), the Explorer's Table tab, the Matrix and the Reporting tables —
// each file really downloaded and checked against the domain engine on the data the build serves.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { memberValue } from '@/domain/measures';
import { rating } from '@/domain/ratings';
import { memberCompleteness } from '@/domain/reporting';
import { INDEX_MEASURE, memberScore, scoresOf } from '@/domain/score-table';
import { measureTransitions } from '@/domain/transitions';
import { servedDataset } from './served-dataset';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(page: Page, scope: Locator, item: RegExp) {
  await scope.getByRole('button', { name: /^(Download|Télécharger)/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** A downloaded CSV's rows, header first, after checking its byte-order mark. */
function csvRows(bytes: Buffer | Uint8Array): string[][] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const number = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

test('the world map downloads as SVG with legend, source and citation, as PNG, CSV and data package', async ({
  page,
}) => {
  const dataset = await servedDataset(page);
  const cycle = 2019;
  await page.goto(`/explore?tab=map&cycle=${cycle}&lang=en`);
  const map = page.locator('[data-map-ready]');
  await expect(map.locator('svg.explore-map__svg path').first()).toBeVisible();
  const bands = dataset.framework.ratingBands;
  const withValue = dataset.members.filter(
    (member) => member.joined <= cycle && memberValue(dataset, member.code, cycle, INDEX_MEASURE) !== null,
  );

  const svg = await download(page, map, /SVG/);
  expect(svg.name).toBe(`security-index_map_${cycle}_en.svg`);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const shapes = [...doc.querySelectorAll('path[data-member]')];
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      text: [...doc.getElementsByTagName('text')].map((node) => node.textContent),
      coloured: shapes
        .filter((shape) => !shape.getAttribute('class')?.includes('--none'))
        .map((shape) => shape.getAttribute('data-member')),
      swatches: doc.querySelectorAll('rect[stroke]').length,
      variables: text.includes('var(--'),
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.errors).toBe(0);
  expect(parsed.variables).toBe(false);
  // The legend: each band, no data and not a Member, each with its swatch.
  for (const band of bands) expect(parsed.text.some((line) => line.startsWith(band.name.en))).toBe(true);
  expect(parsed.text).toEqual(expect.arrayContaining(['No value', 'Not a reporting Member']));
  expect(parsed.swatches).toBe(bands.length + 2);
  const flat = parsed.text.join(' ');
  expect(flat).toContain(`Security Index, ${cycle}`);
  expect(flat).toMatch(/Cite as: World Customs Organization \(\d{4}\)\. .*Source: /);
  expect(flat).toMatch(/\/methodology/);
  // A coloured shape for each Member with a value, except those too small to draw, which the page lists.
  const undrawn = await map.locator('.explore-map__undrawn li a').allTextContents();
  const drawnWithValue = withValue.filter((member) => !undrawn.includes(member.name.en)).map((m) => m.code);
  expect(new Set(parsed.coloured)).toEqual(new Set(drawnWithValue));

  const png = await download(page, map, /PNG/);
  expect(png.name).toBe(`security-index_map_${cycle}_en.png`);
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);

  const csv = csvRows((await download(page, map, /CSV/)).bytes);
  expect(csv[0]).toEqual(['Code', 'Member', 'Region', 'Value', 'Rating', 'Coverage', 'Provenance']);
  const rows = csv.slice(1);
  expect(rows).toHaveLength(dataset.members.filter((member) => member.joined <= cycle).length);
  for (const [code = '', , , value, ratingName] of rows) {
    const expected = memberValue(dataset, code, cycle, INDEX_MEASURE);
    expect(number(value)).toBe(expected);
    expect(ratingName).toBe(expected === null ? '' : rating(expected, bands).name.en);
  }

  const zip = await download(page, map, /ZIP/);
  const entries = Object.keys(unzipSync(new Uint8Array(zip.bytes))).sort();
  expect(entries).toEqual(
    [
      `security-index_map_${cycle}_en.csv`,
      `security-index-full_all_${cycle}_en.csv`,
      'README.txt',
      'metadata.json',
    ].sort(),
  );
});

test('the Transitions Sankey has a link per non-empty transition, and its tables download', async ({ page }) => {
  const dataset = await servedDataset(page);
  const [from, to] = [2015, 2019];
  const transitions = measureTransitions(scoresOf(dataset), INDEX_MEASURE, from, to);
  await page.goto(`/transitions?from=${from}&to=${to}&lang=en`);
  const figure = page.getByRole('figure', { name: /who moved between ratings/ });
  await figure.scrollIntoViewIfNeeded();
  const nonEmpty = transitions.counts.flat().filter((count) => count > 0).length;
  await expect(figure.locator('svg.recharts-surface')).toBeVisible();
  await expect(figure.locator('path.recharts-sankey-link')).toHaveCount(nonEmpty);
  await expect(figure.getByRole('img', { name: /who moved between ratings/ })).toBeVisible();

  const flows = csvRows((await download(page, figure, /CSV/)).bytes);
  expect(flows[0]).toEqual([`Rating in ${from}`, `Rating in ${to}`, 'Members', 'Change']);
  expect(flows.slice(1).reduce((sum, row) => sum + Number(row[2]), 0)).toBe(transitions.total);

  const detail = page.getByRole('region', { name: new RegExp(`^Security Index, ${from} → ${to}`) });
  const matrix = await download(page, detail.locator('.table-download').first(), /CSV/);
  expect(matrix.name).toBe(`security-index-transitions_members_${from}-${to}_en.csv`);
  const cells = csvRows(matrix.bytes);
  expect(cells.slice(1, -1).map((row) => row.slice(1, -1).map(Number))).toEqual(transitions.counts);
  expect(cells.at(-1)?.at(-1)).toBe(String(transitions.total));

  const up = csvRows((await download(page, page.getByRole('region', { name: /^Moved up/ }), /CSV/)).bytes);
  expect(up[0]?.slice(0, 2)).toEqual(['Member', 'Code']);
  expect(up.slice(1).map((row) => row[1])).toEqual(transitions.up.map((move) => move.member));
  expect(up.slice(1).map((row) => number(row[6]))).toEqual(transitions.up.map((move) => move.change));
});

test('the Explorer’s Table tab, the Matrix and the Reporting grid download the rows they show', async ({ page }) => {
  const dataset = await servedDataset(page);
  const table = scoresOf(dataset);

  await page.goto('/explore?tab=table&lang=fr');
  const panel = page.getByRole('tabpanel');
  const explore = await download(page, panel, /CSV/);
  expect(explore.name).toMatch(/^security-index_world[a-z-]*_\d{4}-\d{4}_fr\.csv$/);
  const exploreRows = csvRows(explore.bytes);
  expect(exploreRows[0]?.slice(0, 3)).toEqual(['Région ou Membre', 'Code', 'Unité']);
  expect(exploreRows.length - 1).toBe(await panel.locator('tbody tr').count());

  await page.goto('/matrix?lang=en');
  const matrix = await download(page, page.locator('main'), /CSV/);
  const cycle = Number(/_(\d{4})_en\.csv$/.exec(matrix.name)?.[1]);
  expect(matrix.name).toBe(`matrix-areas_world_${cycle}_en.csv`);
  const matrixRows = csvRows(matrix.bytes);
  expect(matrixRows[0]?.slice(0, 3)).toEqual(['Member', 'Code', 'Security Index']);
  expect(matrixRows.length - 1).toBe(await page.locator('main table.matrix tbody tr').count());
  const members = matrixRows.filter((row) => dataset.members.some((member) => member.code === row[1]));
  expect(members.length).toBe(dataset.members.filter((member) => member.joined <= cycle).length);
  for (const row of members) expect(number(row[2])).toBe(memberScore(table, row[1] ?? '', cycle, INDEX_MEASURE));

  await page.goto('/reporting?lang=en');
  const grid = page.getByRole('region', { name: /^Completeness by Member/ });
  const gridRows = csvRows((await download(page, grid, /CSV/)).bytes);
  expect(gridRows.length - 1).toBe(await grid.locator('tbody tr').count());
  const cycles = (gridRows[0] ?? []).slice(2).map((header) => parseInt(header, 10));
  for (const row of gridRows.slice(1, 6)) {
    const member = dataset.members.find((candidate) => candidate.code === row[1]);
    // An empty cell is a cycle before the Member joined.
    const expected = cycles.map((year) =>
      member && member.joined <= year ? memberCompleteness(dataset, member.code, year).share : null,
    );
    expect(row.slice(2).map(number)).toEqual(expected);
  }
});
