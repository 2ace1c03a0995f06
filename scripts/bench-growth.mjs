// Responsive under growth (issue 14, item 3): the built app served with the bench's 10× dataset
// (scripts/growth-dataset.ts) must run no main-thread task over 200 ms while the Overview, the Explorer or a
// Scorecard loads, or when the Explorer's measure changes. Run: node scripts/bench-growth.mjs [--no-build]
// [--factor N]; or call `benchGrowth({ build: false })` from another script (it prints and returns the rows).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, findBrowser } from './browser-path.mjs';
import { offeredMeasures, viteBuild } from './bench-util.mjs';

export const LONG_TASK_BUDGET_MS = 200;
const CHART_TIMEOUT_MS = 60_000;
const SETTLE_MS = 1000;
const root = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/** The built app from `dist`, with the contract documents replaced by `documents`; SPA routes get index.html. */
function serve(dist, documents) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const name = path.startsWith('/api/v1/') ? path.slice('/api/v1/'.length) : undefined;
    if (name !== undefined && name in documents) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(documents[name]);
      return;
    }
    const file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    const found = extname(file) && existsSync(file) ? file : join(dist, 'index.html');
    const body = await readFile(found);
    response.writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// In the page before its scripts: every main-thread task over 50 ms, with its start.
function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, ms: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function tasksSince(tab, since) {
  return tab.evaluate((from) => window.__longTasks.filter((task) => task.start >= from).map((task) => task.ms), since);
}

const READY = '[data-chart-ready="true"]';

async function measureLoad(browser, origin, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(watchLongTasks);
    await tab.goto(origin + path, { waitUntil: 'commit' });
    await tab.locator(READY).first().waitFor({ timeout: CHART_TIMEOUT_MS });
    await tab.waitForTimeout(SETTLE_MS);
    return { tasks: await tasksSince(tab, 0), tab, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** The Explorer loaded, then its measure changed as a user does: open the list, type, click an option. */
async function measureSwitch(browser, origin) {
  const { tab, context } = await measureLoad(browser, origin, '/explore');
  try {
    const box = tab.getByRole('combobox', { name: 'Measure' });
    const listbox = tab.getByRole('listbox');
    const offered = await offeredMeasures(tab, CHART_TIMEOUT_MS);
    const since = await tab.evaluate(() => performance.now());
    // Three changes: an area score, a scored indicator, a count indicator further down the list.
    for (const { key, text } of [1, 8, 15].map((i) => offered[i % offered.length])) {
      await box.click();
      await box.press('ControlOrMeta+a');
      await box.pressSequentially(text.slice(0, 14).replace(/[^\x20-\x7e].*$/, ''));
      await listbox.getByRole('option', { name: text, exact: true }).click();
      const frame = `[data-measure="${key}"]`;
      await tab
        .locator(`${frame} .chart-sketch__line, ${frame} .recharts-line-curve`)
        .first()
        .waitFor({ timeout: CHART_TIMEOUT_MS });
      await tab.waitForTimeout(SETTLE_MS);
    }
    return { tasks: await tasksSince(tab, since) };
  } finally {
    await context.close();
  }
}

function row(name, tasks) {
  // Long tasks are those of 50 ms or more (the Long Tasks API's own threshold): 0 means none was seen.
  const longest = Math.max(0, ...tasks);
  const over = tasks.filter((ms) => ms > LONG_TASK_BUDGET_MS).length;
  return { name, longest, over, budget: LONG_TASK_BUDGET_MS, pass: longest <= LONG_TASK_BUDGET_MS };
}

function print(rows, factor) {
  console.log(
    `\nresponsive under growth: ${factor}× dataset, main-thread tasks (longtask), budget ${LONG_TASK_BUDGET_MS} ms`,
  );
  const cells = [['page', 'longest task', 'tasks > 200 ms', 'budget', '']];
  for (const r of rows) {
    cells.push(
      r.problem
        ? [r.name, 'n/a', 'n/a', `<= ${r.budget} ms`, `FAIL (${r.problem})`]
        : [
            r.name,
            r.longest > 0 ? `${r.longest.toFixed(0)} ms` : '< 50 ms',
            String(r.over),
            `<= ${r.budget} ms`,
            r.pass ? 'PASS' : 'FAIL',
          ],
    );
  }
  const widths = cells[0].map((_, c) => Math.max(...cells.map((line) => line[c].length)));
  for (const line of cells)
    console.log(
      `  ${line
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd()}`,
    );
}

/**
 * Builds the app into `dist` (unless `build: false`), serves it with the `factor`× dataset and measures each
 * page. Prints the table and resolves with its rows; `ok` is false when any page is over budget.
 */
export async function benchGrowth({ build = true, factor = 10, dist = join(root, 'dist'), quiet = false } = {}) {
  if (build) {
    const result = viteBuild(['--outDir', dist, '--emptyOutDir']);
    if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
  }
  const { tsImport } = await import('tsx/esm/api');
  const { growthDocuments } = await tsImport('./growth-dataset.ts', import.meta.url);
  const documents = growthDocuments(factor);
  const server = await serve(dist, documents);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const found = findBrowser();
  if (!found) throw new Error('no browser: run node scripts/ensure-browser.mjs');
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS, headless: true });
  const rows = [];
  const attempt = async (name, run) => {
    try {
      rows.push(row(name, (await run()).tasks));
    } catch (error) {
      rows.push({ name, problem: error.message.split('\n')[0], budget: LONG_TASK_BUDGET_MS, pass: false });
    }
  };
  try {
    // One warm-up load so the first measured page does not pay for a cold browser alone.
    await measureLoad(browser, origin, '/')
      .then(({ context }) => context.close())
      .catch(() => undefined);
    const load = (path) => async () => {
      const { tasks, context } = await measureLoad(browser, origin, path);
      await context.close();
      return { tasks };
    };
    await attempt('Overview /', load('/'));
    await attempt('Explorer /explore', load('/explore'));
    await attempt('Scorecard /members/KEN', load('/members/KEN'));
    await attempt('Explorer measure change', () => measureSwitch(browser, origin));
  } finally {
    await browser.close();
    server.close();
  }
  if (!quiet) print(rows, factor);
  return { rows, ok: rows.every((r) => r.pass) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { 'no-build': { type: 'boolean', default: false }, factor: { type: 'string', default: '10' } },
  });
  const { ok } = await benchGrowth({ build: !values['no-build'], factor: Number(values.factor) });
  process.exitCode = ok ? 0 : 1;
}
