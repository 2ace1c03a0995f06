// End-to-end tests against the production build, in a real Chromium (found by scripts/browser-path.mjs).
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser-path.mjs';

// E2E_PORT and E2E_OUT let several runs share a machine without sharing a server or a build folder.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const OUT = process.env.E2E_OUT ?? 'dist';
const baseURL = `http://127.0.0.1:${PORT}`;
const isCI = Boolean(process.env.CI);
// Undefined lets Playwright look for its own browser and fail loudly if there is none.
const executablePath = findBrowser()?.executablePath;

export default defineConfig({
  testDir: 'tests/e2e',
  // Parallel runs (E2E_OUT set) keep their artefacts apart too: Playwright empties its output folder at start.
  outputDir: process.env.E2E_OUT ? `${OUT}-results` : 'test-results',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Two workers per core: a browser test spends much of its time waiting (for a page, a download, the network to
  // settle), so at one per core the cores sat two-thirds idle. No browser test measures time (the bench does);
  // retries in CI absorb a rare slow start.
  workers: Math.max(2, availableParallelism() * 2),
  reporter: 'list',
  // A guard, not a measure: with four browsers on two cores the heavier tests (a page's every view, a keyboard
  // walk, an offline reload) take 40–50 s in a full run, against 15–25 s alone; a hang still ends in two minutes.
  timeout: 120_000,
  // How long a check waits for the page to get there (a chart drawn, a download made), not a measure of speed: with
  // four browsers on two cores a lazily drawn chart can take longer than Playwright's 5 s default to appear.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    headless: true,
    screenshot: 'only-on-failure',
    // The offline service worker would take over pages mid-test; only the offline test lets it run.
    serviceWorkers: 'block',
    // Recording a trace costs every test about a tenth of its time; in CI only a failed test's retry records one.
    trace: isCI ? 'on-first-retry' : 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: [...CHROMIUM_ARGS] },
      },
    },
  ],
  webServer: {
    // The binaries directly, not npx: killing npx can leave vite running.
    command: `./node_modules/.bin/vite build --outDir ${OUT} --emptyOutDir && ./node_modules/.bin/vite preview --outDir ${OUT} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
