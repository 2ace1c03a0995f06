// @vitest-environment node
// A build for another API (VITE_API_BASE) never reads the bundled documents, so it ships no preloader and no
// preload; a default build ships the preloader, under its BASE_PATH. (The browser tests count the requests.)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
const outRoot = mkdtempSync(join(tmpdir(), 'data-preload-build-'));

async function buildWith(env: Record<string, string>, name: string): Promise<string> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    const outDir = join(outRoot, name);
    await build({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    return outDir;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}

afterAll(() => {
  rmSync(outRoot, { recursive: true, force: true });
});

describe('the data preloader in the build', () => {
  it('is left out of a build for another API (VITE_API_BASE)', async () => {
    const out = await buildWith({ VITE_API_BASE: 'https://data.example.org/security/v1' }, 'api-base');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/data-preload|rel="preload"/);
    expect(readdirSync(join(out, 'assets')).some((name) => name.startsWith('data-preload-'))).toBe(false);
    expect(html).toContain('https://data.example.org;');
  }, 120_000);

  it('is in a default build, under its BASE_PATH, with the file it names', async () => {
    const out = await buildWith({ BASE_PATH: '/security-programme/' }, 'sub-path');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const src = /<script src="(\/security-programme\/assets\/data-preload-[^"]+\.js)" async><\/script>/.exec(html)?.[1];
    expect(src).toBeDefined();
    const file = join(out, (src ?? '').replace('/security-programme/', ''));
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('"/security-programme/api/v1/"');
  }, 120_000);
});
