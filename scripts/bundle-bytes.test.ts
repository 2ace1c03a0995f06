import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { assetFile, firstLoadAssets, firstLoadBytes } from './bundle-bytes.mjs';

describe('firstLoadAssets', () => {
  it('counts module scripts, stylesheets and modulepreloads, not icons, classic or remote scripts', () => {
    const html = `
      <link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link rel=stylesheet href=/assets/index-c.css>
      <!-- <script type="module" src="/assets/commented-out.js"></script> -->
      <script src="/legacy.js"></script>
      <link rel="modulepreload" href="https://cdn.example/x.js">`;
    expect(firstLoadAssets(html)).toEqual(['/assets/index-a.js', '/assets/vendor-b.js', '/assets/index-c.css']);
  });

  it('refuses asset paths that leave the build directory', () => {
    expect(() => assetFile('/tmp/dist', '/../../etc/passwd')).toThrow(/outside/);
  });
});

describe('firstLoadBytes', () => {
  let dir = '';
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('sums the exact level-9 gzip size of each first-load file', () => {
    dir = mkdtempSync(join(tmpdir(), 'bundle-bytes-'));
    mkdirSync(join(dir, 'assets'));
    const js = 'console.log("chart");'.repeat(50);
    writeFileSync(join(dir, 'assets', 'a.js'), js);
    writeFileSync(join(dir, 'assets', 'lazy.js'), 'not counted');
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="/assets/a.js"></script>');
    const expected = gzipSync(js, { level: 9 }).length;
    expect(firstLoadBytes(dir)).toEqual({ files: [{ file: '/assets/a.js', gzip: expected }], total: expected });
  });
});
