/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { datasetFiles, DEFAULT_SEED, generateDataset } from './mocks/data/generate.ts';

/**
 * The production build ships the built-in illustrative dataset as the static contract files under
 * api/v1/, generated at build time (never committed), so `npm start` needs no other server.
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
      const today = new Date();
      const dataset = generateDataset({
        seed: DEFAULT_SEED,
        currentYear: today.getUTCFullYear(),
        asOf: today.toISOString().slice(0, 10),
      });
      for (const [name, source] of Object.entries(datasetFiles(dataset))) {
        this.emitFile({ type: 'asset', fileName: `api/v1/${name}`, source });
      }
    },
    // The documents start downloading while the scripts load, not after they run.
    transformIndexHtml: () =>
      process.env.VITE_API_BASE
        ? []
        : ['framework.json', 'members.json', 'observations.json'].map((name) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `${base}api/v1/${name}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head' as const,
          })),
  };
}

export default defineConfig({
  plugins: [react(), illustrativeContractFiles()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    // One vendor chunk is expected; its size is watched exactly by the byte-budget test instead.
    chunkSizeWarningLimit: 1000,
  },
  preview: {
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
