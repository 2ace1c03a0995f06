// Finds a Chromium for Playwright without installing anything. Shared by playwright.config.ts, the bench and
// scripts/ensure-browser.mjs (which installs one when this finds none). Run directly, it prints the path or exits 1.
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Flags every launch uses: the closed network refuses Chromium's background connections without them. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function playwrightOwnChromium() {
  try {
    // Through the direct dependency (not its playwright-core); a synchronous require keeps this usable from
    // playwright.config.ts.
    const { chromium } = createRequire(import.meta.url)('@playwright/test');
    const file = chromium.executablePath();
    return isExecutable(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @returns {{ executablePath: string, source: string } | undefined} the first usable browser:
 *   CHROME_PATH, a system Chromium/Chrome, then Playwright's own download.
 */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isExecutable(fromEnv)) return { executablePath: fromEnv, source: 'CHROME_PATH' };
  for (const file of SYSTEM_PATHS) {
    if (isExecutable(file)) return { executablePath: file, source: 'system' };
  }
  for (const name of PATH_NAMES) {
    const file = which(name);
    if (file) return { executablePath: file, source: `PATH (${name})` };
  }
  const own = playwrightOwnChromium();
  if (own) return { executablePath: own, source: 'Playwright download' };
  return undefined;
}

/** Why CHROME_PATH was not used, if it was set; callers print it so a typo does not pass unnoticed. */
export function chromePathProblem() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && !isExecutable(fromEnv)) return `CHROME_PATH=${fromEnv} is not an executable file; ignoring it`;
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = findBrowser();
  if (found) {
    console.log(found.executablePath);
  } else {
    console.error('No Chromium found (run `node scripts/ensure-browser.mjs` to install one).');
    process.exitCode = 1;
  }
}
