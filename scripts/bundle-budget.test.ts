// @vitest-environment node
// DESIGN.md §7: the JS + CSS the Overview needs at first load (gzip) is at most 1.3 × the bare reference page's,
// with at least 10 KB to spare under that (issue 14), so that the budget is not filled unseen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoadBytes } from './bundle-bytes.mjs';

const BUDGET = 1.3;
const HEADROOM = 10 * 1024;
const BUILD_TIMEOUT_MS = 120_000;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = mkdtempSync(join(tmpdir(), 'bundle-budget-'));

async function buildInto(configFile: string, name: string): Promise<string> {
  const outDir = join(outRoot, name);
  await build({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

describe('first-load bundle budget', () => {
  let reference = { total: 0 };
  let app = { total: 0 };

  beforeAll(async () => {
    // Vitest sets NODE_ENV=test, under which Vite would bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      reference = firstLoadBytes(await buildInto(join(repoRoot, 'bench/reference/vite.config.ts'), 'reference'));
      app = firstLoadBytes(await buildInto(join(repoRoot, 'vite.config.ts'), 'app'));
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }, BUILD_TIMEOUT_MS);

  afterAll(() => {
    rmSync(outRoot, { recursive: true, force: true });
  });

  it(`keeps the Overview's first-load JS + CSS within ${BUDGET} × the reference page's, ${HEADROOM} B to spare`, () => {
    // A reference without React + Recharts in it would make any budget meaningless.
    expect(reference.total).toBeGreaterThan(100_000);
    expect(app.total, `app ${app.total} B, reference ${reference.total} B`).toBeLessThanOrEqual(
      BUDGET * reference.total - HEADROOM,
    );
  });
});
