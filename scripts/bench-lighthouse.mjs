// Part of `npm run bench`: Lighthouse (mobile preset, as DESIGN.md §7 says) on the built app's Overview, Explorer
// and a Scorecard, printing the performance, accessibility and best-practices scores against their budgets.
// Options: --no-build (measure the existing build), --out DIR (default dist), --runs N (default 1; median kept).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, chromePathProblem, findBrowser } from './browser-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '1' },
  },
});
const distDir = join(root, options.out);
const runs = Number.parseInt(options.runs, 10);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${options.runs}`);

/** DESIGN.md §7: performance ≥ 95, accessibility 100, best practices 100 (Lighthouse shows scores out of 100). */
const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
const CATEGORIES = Object.keys(BUDGETS);

/** A Member that exists in the shipped data, for the Scorecard: Kenya if present, else the first one listed. */
function scorecardPath() {
  try {
    const members = JSON.parse(readFileSync(`${distDir}/api/v1/members.json`, 'utf8'));
    const list = Array.isArray(members) ? members : (members.members ?? []);
    const codes = list.map((member) => member.code).filter((code) => typeof code === 'string');
    return `/members/${codes.includes('KEN') ? 'KEN' : (codes[0] ?? 'KEN')}`;
  } catch {
    return '/members/KEN';
  }
}

function build() {
  process.stdout.write('Building the app... ');
  const result = spawnSync(
    process.execPath,
    [viteBin, 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) {
    console.log('failed');
    console.error(result.stderr || result.stdout);
    return false;
  }
  console.log('done');
  return true;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One Lighthouse run; returns the scores (0–100) and the failing accessibility and best-practices audits. */
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];

async function audit(lighthouse, url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no report for ${url}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, typeof score === 'number' ? Math.round(score * 100) : undefined];
    }),
  );
  // Performance audits are scored on a scale; the binary ones of accessibility and best practices say what to fix.
  const failing = ['accessibility', 'best-practices'].flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((item) => item && item.score !== null && item.score < 1 && item.scoreDisplayMode === 'binary')
      .map((item) => `${id}: ${item.title}`),
  );
  if (lhr.runtimeError) failing.push(`runtime error: ${lhr.runtimeError.message}`);
  // What the performance score is made of, so that a miss says where the time goes.
  const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? 'n/a'}`).join(' · ');
  return { scores, failing, metrics };
}

async function main() {
  if (!options['no-build'] && !build()) {
    process.exitCode = 1;
    return;
  }
  if (!existsSync(`${distDir}/index.html`)) {
    console.error(`No ${options.out}/index.html: run without --no-build first.`);
    process.exitCode = 1;
    return;
  }
  const problem = chromePathProblem();
  if (problem) console.warn(problem);
  const found = findBrowser();
  if (!found) {
    console.error('Lighthouse: n/a (no browser: run node scripts/ensure-browser.mjs)');
    process.exitCode = 1;
    return;
  }
  const [{ default: lighthouse }, chromeLauncher, { preview }] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
    import('vite'),
  ]);
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'silent',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const chrome = await chromeLauncher.launch({ chromePath: found.executablePath, chromeFlags: [...CHROMIUM_ARGS] });
  const pages = [
    { name: 'Overview', path: '/' },
    { name: 'Explorer', path: '/explore' },
    { name: 'Scorecard', path: scorecardPath() },
  ];
  const failures = [];
  try {
    console.log(`Lighthouse (mobile preset), ${runs} run(s) a page, median score; ${found.executablePath}`);
    console.log(['page'.padEnd(24), ...CATEGORIES.map((id) => id.padStart(16))].join(''));
    for (const page of pages) {
      const url = `http://127.0.0.1:${port}${page.path}`;
      const results = [];
      for (let run = 0; run < runs; run += 1) results.push(await audit(lighthouse, url, chrome.port));
      const cells = CATEGORIES.map((id) => {
        const values = results.map((result) => result.scores[id]).filter((value) => value !== undefined);
        const score = values.length ? median(values) : undefined;
        const pass = score !== undefined && score >= BUDGETS[id];
        if (!pass) failures.push(`${page.name} ${id} ${score ?? 'n/a'} (budget ${BUDGETS[id]})`);
        return `${score ?? 'n/a'} ${pass ? 'PASS' : 'FAIL'}`.padStart(16);
      });
      console.log([`${page.name} (${page.path})`.padEnd(24), ...cells].join(''));
      for (const result of results) console.log(`    ${result.metrics}`);
      for (const title of new Set(results.flatMap((result) => result.failing))) console.log(`    ${title}`);
    }
  } finally {
    await chrome.kill();
    await new Promise((resolve) => {
      server.httpServer.close(resolve);
    });
  }
  console.log(`Budgets: ${CATEGORIES.map((id) => `${id} >= ${BUDGETS[id]}`).join(', ')}.`);
  if (failures.length > 0) {
    console.log(`Over budget: ${failures.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('All Lighthouse budgets met.');
  }
}

await main();
