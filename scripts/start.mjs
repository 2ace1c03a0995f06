// `npm start`: builds the app, then serves the production build with `vite preview` on 127.0.0.1:$PORT (4173),
// under BASE_PATH if it is set (vite.config.ts reads it for the build and for the server alike).
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const host = '127.0.0.1';
const port = process.env.PORT ?? '4173';
const base = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
const url = `http://${host}:${port}${base}`;

let child;
let stopping = false;
const exited = (proc) => proc.exitCode !== null || proc.signalCode !== null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    if (child && !exited(child)) child.kill(signal);
    else process.exit(128 + constants.signals[signal]);
  });
}

function runVite(args) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [vite, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PORT: port },
    });
    child.on('error', (error) => {
      console.error(`start: could not run vite: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}

async function announceWhenUp() {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (!child || exited(child)) return;
    try {
      await fetch(url);
      console.log(`\nSecurity Programme Progress Dashboard: ${url}  (Ctrl+C to stop)\n`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const buildCode = await runVite(['build']);
if (buildCode !== 0) {
  if (!stopping) console.error(`start: the build failed (exit ${buildCode}); not starting the server.`);
  process.exit(buildCode);
}
const serving = runVite(['preview', '--host', host, '--port', port, '--strictPort']);
void announceWhenUp();
process.exitCode = await serving;
