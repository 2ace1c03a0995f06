// Makes sure Playwright has a Chromium before the e2e tests run: finds one (scripts/browser-path.mjs), else tries
// to install one. Browser tests are never skipped silently: without a browser this exits 1 and says how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromePathProblem, findBrowser } from './browser-path.mjs';

const HOW_TO =
  'No Chromium for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-liberation`; ' +
  'elsewhere: `npx playwright install chromium`) or set CHROME_PATH to a Chrome/Chromium executable.';

function run(command, args, timeoutMs) {
  console.log(`ensure-browser: running ${[command, ...args].join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs, env });
  return result.status === 0;
}

function isDebianLike() {
  if (!existsSync('/etc/os-release') || !existsSync('/usr/bin/apt-get')) return false;
  const osRelease = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
}

function report(found) {
  const version = spawnSync(found.executablePath, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  const label = version.status === 0 ? version.stdout.trim() : 'version unknown';
  console.log(`ensure-browser: using ${found.executablePath} (${found.source}; ${label})`);
}

const problem = chromePathProblem();
if (problem) console.warn(`ensure-browser: ${problem}`);

let found = findBrowser();
if (!found) {
  console.log('ensure-browser: no Chromium found; trying to install one');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  // Playwright's download fails fast on a closed network; the timeout only guards against a stalled one.
  if (run(npx, ['playwright', 'install', 'chromium'], 300_000)) found = findBrowser();
}
if (!found && process.getuid?.() === 0 && isDebianLike()) {
  if (run('apt-get', ['update'], 300_000)) {
    run('apt-get', ['install', '-y', 'chromium', 'fonts-liberation'], 600_000);
  }
  found = findBrowser();
}
if (found) {
  report(found);
} else {
  console.error(HOW_TO);
  process.exit(1);
}
