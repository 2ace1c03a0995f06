// Starts downloading the bundled contract documents while the app's scripts load — but only when this
// deployment will read them. A static <link rel="preload"> cannot know that: config.json may name another API at
// run time, and every visit would then download the bundled documents (about 73 KB gzip) for nothing. So the
// build ships a tiny classic script instead (no inline script: the CSP forbids it) that reads config.json and
// adds the preloads only when the app will use the bundled documents, with the same request mode as the app's
// own fetch so that the browser hands the preloaded answer to it. A build made with VITE_API_BASE never reads
// the bundled documents: it gets no script at all.
import { createHash } from 'node:crypto';

export interface DataPreload {
  /** Where the build writes the script, under its output folder; content-hashed, so cacheable for ever. */
  readonly fileName: string;
  readonly source: string;
}

/**
 * The script for a build served under `base` ("/" or "/prefix/") whose documents are at `${base}api/v1/`.
 * It preloads them only when config.json names no `apiBase`, `credentials` or `headers`: with another base the
 * bundled documents are not read at all, and with credentials or headers the app's request would differ from
 * the preload's, so the browser would download each document twice.
 */
export function dataPreload(base: string, documents: readonly string[]): DataPreload {
  // Written small by hand (it is first-load JavaScript, counted by the byte budget), ES5. Unreadable or absent
  // config.json (offline, a host's error page): no preload — the app's own request then says what is wrong.
  const source =
    `(function(){var d=document;fetch(${JSON.stringify(`${base}config.json`)}).then(function(r){return r.ok?r.json():{}})` +
    `.then(function(c){if(c.apiBase||c.credentials||c.headers)return;${JSON.stringify(documents)}.forEach(function(n){` +
    `var l=d.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";` +
    `l.href=${JSON.stringify(`${base}api/v1/`)}+n;d.head.appendChild(l)})}).catch(function(){})})();\n`;
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 10);
  return { fileName: `assets/data-preload-${hash}.js`, source };
}
