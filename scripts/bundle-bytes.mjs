// Exact gzip bytes of the JS + CSS a built page fetches at first load: what its index.html names as module
// scripts, stylesheets and modulepreloads. Chunks loaded later by dynamic import() are not counted.
import { readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(source) {
  const result = new Map();
  for (const match of source.matchAll(ATTRIBUTE)) {
    result.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return result;
}

/** The local asset paths (as written in the HTML) a page loads before any dynamic import. */
export function firstLoadAssets(html) {
  const assets = new Set();
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, tag, rest] of withoutComments.matchAll(TAG)) {
    const attrs = attributes(rest);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    let url;
    if (tag.toLowerCase() === 'script' && attrs.get('type') === 'module') url = attrs.get('src');
    else if (tag.toLowerCase() === 'link' && (rel.includes('stylesheet') || rel.includes('modulepreload'))) {
      url = attrs.get('href');
    }
    if (url && !/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:')) assets.add(url);
  }
  return [...assets];
}

/** Path of a built asset inside distDir, refusing anything that would step outside it. */
export function assetFile(distDir, url) {
  const relative = decodeURIComponent(url.split(/[?#]/)[0]).replace(/^\.?\/+/, '');
  const file = normalize(join(distDir, relative));
  if (!file.startsWith(normalize(distDir) + sep)) throw new Error(`asset ${url} is outside ${distDir}`);
  return file;
}

/** Exact gzip size (zlib level 9) of one file. */
export function gzipBytes(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * @param {string} distDir a built page's output directory (holding index.html)
 * @returns {{ files: { file: string, gzip: number }[], total: number }}
 */
export function firstLoadBytes(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = firstLoadAssets(html).map((url) => ({ file: url, gzip: gzipBytes(assetFile(distDir, url)) }));
  return { files, total: files.reduce((sum, entry) => sum + entry.gzip, 0) };
}
