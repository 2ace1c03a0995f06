// Builds the bench's reference page into .bench/reference (see scripts/bench.mjs).
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../.bench/reference', import.meta.url)),
    emptyOutDir: true,
    // One chart's worth of React + Recharts is ~620 kB minified; that is the point of the page, not a problem.
    chunkSizeWarningLimit: 1000,
  },
  preview: { host: '127.0.0.1', strictPort: true },
});
