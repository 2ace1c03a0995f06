/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { datasetFiles, DEFAULT_SEED, generateDataset } from './mocks/data/generate.ts';

/** Where `npm run data:import` writes imported contract files; when present, the build ships them. */
const IMPORTED_DATA = process.env.SPD_DATA_DIR ?? 'data/api/v1';
const DOCUMENTS = ['framework.json', 'members.json', 'observations.json'];

/** The contract files to ship: imported ones if `data:import` wrote them, else the illustrative dataset. */
function contractFiles(): { files: Readonly<Record<string, string>>; from: string } {
  if (DOCUMENTS.every((name) => existsSync(join(IMPORTED_DATA, name)))) {
    const files = Object.fromEntries(DOCUMENTS.map((name) => [name, readFileSync(join(IMPORTED_DATA, name), 'utf8')]));
    return { files, from: `imported data in ${IMPORTED_DATA}` };
  }
  const today = new Date();
  const dataset = generateDataset({
    seed: DEFAULT_SEED,
    currentYear: today.getUTCFullYear(),
    asOf: today.toISOString().slice(0, 10),
  });
  return { files: datasetFiles(dataset), from: 'the built-in illustrative dataset' };
}

/**
 * The production build ships the contract files under api/v1/ — the imported data if there is some, else
 * the illustrative dataset generated at build time (never committed) — so `npm start` needs no other server.
 */
function illustrativeContractFiles(): Plugin {
  let base = '/';
  return {
    name: 'illustrative-contract-files',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      const { files, from } = contractFiles();
      this.info(`contract files from ${from}`);
      for (const [name, source] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName: `api/v1/${name}`, source });
      }
    },
    // The documents start downloading while the scripts load, not after they run.
    transformIndexHtml: () =>
      process.env.VITE_API_BASE
        ? []
        : DOCUMENTS.map((name) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `${base}api/v1/${name}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head' as const,
          })),
  };
}

/** The API's origin when the contract is served from elsewhere (VITE_API_BASE), for connect-src. */
function apiOrigin(): string {
  const base = process.env.VITE_API_BASE;
  if (!base) return '';
  try {
    return ` ${new URL(base).origin}`;
  } catch {
    return ''; // a path on the same origin
  }
}

/**
 * Content-Security-Policy (DESIGN §7): scripts only from the app's own files — no inline script, no eval.
 * Inline styles stay allowed: Recharts positions its tooltips and labels with style attributes.
 * `frame-ancestors` only works as a header, so the preview server sends the policy as a header too.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // config.json may point the app at any HTTPS API at run time (one build, any deployment); local APIs too.
  `connect-src 'self' https: http://localhost:* http://127.0.0.1:*${apiOrigin()}`,
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The service worker keeps the app itself (HTML, scripts, styles, fonts) so that it opens without a network
 * after one visit; the data is kept apart, in IndexedDB (src/api/saved-copy.ts). Registered by main.tsx.
 */
function offlineAppShell(): Plugin[] {
  return VitePWA({
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,woff2,woff,svg,png}'],
      // Data comes fresh from the contract (or from the saved copy); the mock worker is for development.
      globIgnores: ['api/**', 'config.json', 'mockServiceWorker.js'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/api\//, /\.json$/],
      // config.json may change at any deployment: from the network first, the last copy when offline.
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.endsWith('/config.json'),
          handler: 'NetworkFirst',
          options: { cacheName: 'runtime-config', networkTimeoutSeconds: 5 },
        },
      ],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}

export default defineConfig({
  plugins: [react(), illustrativeContractFiles(), contentSecurityPolicy(), offlineAppShell()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    // One vendor chunk is expected; its size is watched exactly by the byte-budget test instead.
    chunkSizeWarningLimit: 1000,
    // Every browser the dashboard supports knows <link rel="modulepreload">; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // React, the preferences store and the message helpers are shared by the first screen and every lazy
        // view; left alone, the bundler spreads them over small common chunks that each cost their own
        // compression overhead. One named chunk for them keeps the Overview's first load ~400 B lighter.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|zustand|use-sync-external-store|clsx)[\\/]|src[\\/]lib[\\/](preferences|i18n[\\/](messages|i18n|en|format))/,
            },
          ],
        },
      },
    },
  },
  preview: {
    headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`, 'X-Content-Type-Options': 'nosniff' },
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
