/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { datasetFiles, DEFAULT_SEED, generateDataset } from './mocks/data/generate.ts';
import { basePath, contentSecurityPolicy, EMBED_SEGMENT, isEmbedPath, securityHeaders } from './scripts/build/site.ts';

/** The path the app is served under: `BASE_PATH=/security-programme/ npm run build` (or `npm start`). */
const BASE = basePath();

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
 * The production build ships the contract files under api/v1/ (with the summary made from them) — the imported data if there is some, else
 * the illustrative dataset generated at build time (never committed) — so `npm start` needs no other server.
 */
function illustrativeContractFiles(): Plugin {
  return {
    name: 'illustrative-contract-files',
    apply: 'build',
    async generateBundle() {
      const { files, from } = contractFiles();
      this.info(`contract files from ${from}`);
      // The optional summary, made from the same files by the app's own code (loaded through tsx, which reads
      // the app's import aliases).
      const { tsImport } = await import('tsx/esm/api');
      const module = (await tsImport('./scripts/build/summary-file.ts', import.meta.url)) as {
        summaryFile: (files: Readonly<Record<string, string>>) => Promise<string>;
      };
      const summary = await module.summaryFile(files);
      for (const [name, source] of Object.entries({ ...files, 'summary.json': summary })) {
        this.emitFile({ type: 'asset', fileName: `api/v1/${name}`, source });
      }
    },
  };
}

/** The policy as a <meta> tag; `npm start` and nginx also send it as a header (scripts/build/site.ts). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `npm start` (vite preview) sends the security headers of scripts/build/site.ts, as nginx does: an embed's page
 * may be framed by any site, every other response by none. Added before vite's own file serving, so that every
 * answer (files, the SPA fallback, 404s) carries them.
 */
function securityHeadersByPath(): Plugin {
  const site = securityHeaders();
  const embed = securityHeaders({ embed: true });
  return {
    name: 'security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of Object.entries(isEmbedPath(pathname, BASE) ? embed : site)) {
          response.setHeader(name, value);
        }
        next();
      });
    },
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
      // An embed is always fetched: the cached page carries the site's "never framed" header, not an embed's.
      navigateFallbackDenylist: [
        /\/api\//,
        /\.json$/,
        new RegExp(`^${BASE.replace(/[.]/g, '\\.')}${EMBED_SEGMENT}([/?]|$)`),
      ],
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
  base: BASE,
  plugins: [
    react(),
    illustrativeContractFiles(),
    contentSecurityPolicyMeta(),
    securityHeadersByPath(),
    offlineAppShell(),
  ],
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
        // React, the preferences store, the message helpers and the data layer (the contract client, its schemas
        // and zod) are shared by the first screen and lazy views; left alone, the bundler spreads them over small
        // common chunks that each cost their own compression overhead (about 2 KB in all on the Overview's first
        // load). One named chunk holds them. React Router, the chart box, the chart frame, its context and Download
        // button, and the two domain modules the Overview's headline uses are in it too: the embeds' chunks
        // (src/app/embed-layout.tsx) and most lazy views import them as well, and without the group the bundler moves
        // them out of the entry into small chunks of their own (about 2 KB more).
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|zustand|use-sync-external-store|clsx|zod|@tanstack)[\\/]|src[\\/]lib[\\/](preferences|i18n[\\/](messages|i18n|en|format))|src[\\/]api[\\/](?!saved-copy)|src[\\/]components[\\/]ui[\\/](chart\.tsx|(chart-frame|chart-context|chart-drawing|download-button)\.)|src[\\/]lib[\\/]table[\\/]table-cells|src[\\/]domain[\\/](measures|summary)\.ts/,
            },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  test: {
    // Vitest's default is cores − 1 workers: a single one on a 2-core machine, leaving a core idle.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Components are tested in jsdom; everything else (the engine, the contract, the scripts) in plain Node,
    // which spares each file a DOM it does not use. A `.ts` test that needs one says `@vitest-environment jsdom`
    // (it gets the DOM, not the component set-up of tests/setup-dom.ts: components are tested in .tsx files).
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts', 'tests/setup-dom.ts'],
          include: ['{src,tests/unit}/**/*.test.tsx'],
          // A guard, not a measure: a first render in jsdom takes seconds while type checking and lint share
          // the machine (scripts/test-all.mjs runs them alongside).
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
    ],
  },
});
