// What the bench scripts (bench.mjs, bench-lighthouse.mjs, bench-growth.mjs) share: a free port, a median, the
// production build of the app, and the Explorer's list of measures as a user opens it.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `vite build` (production mode) with `args`; returns spawnSync's result. */
export function viteBuild(args) {
  return spawnSync(process.execPath, [viteBin, 'build', ...args, '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/**
 * Opens the Explorer's measure list from its button, as a user does, and reads the measures on offer (key and
 * shown text); closes the list again. `tab` is a Playwright page on the Explorer.
 */
export async function offeredMeasures(tab, timeout) {
  const listbox = tab.getByRole('listbox');
  await tab.getByRole('button', { name: /^Show the list Measure$/ }).click();
  await listbox.getByRole('option').first().waitFor({ timeout });
  const offered = await listbox
    .getByRole('option')
    .evaluateAll((items) => items.map((item) => ({ key: item.dataset.key, text: item.textContent ?? '' })));
  await tab.keyboard.press('Escape');
  return offered;
}
