// Real servers for the deployment tests: Debian's nginx on a configuration written by scripts/build/nginx-conf.ts
// (the same generator as deploy/nginx.conf), a build of the app for a sub-path, and `vite preview` (what
// `npm start` runs) on that build. Each is started on a free port and stopped by its own process id.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxSite } from '../../scripts/build/nginx-conf';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  readonly origin: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolvePort(port);
      });
    });
  });
}

/** nginx: NGINX_PATH, else Debian's /usr/sbin/nginx, else the PATH. Fails loudly: never a silent skip. */
export function nginxBinary(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].filter(
    (path): path is string => Boolean(path),
  );
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // next
    }
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error(
    'nginx not found: install it (Debian: apt-get install -y nginx; .ci/run does) or set NGINX_PATH to its binary',
  );
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering:\n${output()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`no answer from ${url}:\n${output()}`);
}

function stopper(child: ChildProcess, cleanup: () => void = () => undefined): () => Promise<void> {
  return () =>
    new Promise<void>((done) => {
      const finish = () => {
        cleanup();
        done();
      };
      if (child.exitCode !== null || child.signalCode !== null) {
        finish();
        return;
      }
      child.once('exit', finish);
      child.kill('SIGTERM');
    });
}

/** Real nginx serving the build in `dist` at `base`, as deploy/nginx.conf does, on a free local port. */
export async function startNginx(dist: string, base: string): Promise<RunningServer> {
  const binary = nginxBinary();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'spd-nginx-'));
  // The build goes at <root><base>, as in the Docker image: a link to it, in a folder nginx's workers may read.
  const root = join(dir, 'www');
  const link = base === '/' ? root : join(root, base.slice(1, -1));
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(resolve(dist), link);
  chmodSync(dir, 0o755);
  const site = nginxSite({ base, root, listen: `127.0.0.1:${port}` });
  writeFileSync(join(dir, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      // As root (CI), the workers would run as "nobody"; let them read the build wherever the clone is.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 128; }',
      'http {',
      // Debian's (and the official image's) MIME types; NGINX_MIME_TYPES for an nginx installed elsewhere.
      `  include ${process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types'};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      '  sendfile on;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')];
  const check = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}\n${site}`);
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}${base}config.json`, child, () => stderr);
  return {
    origin,
    stop: stopper(child, () => {
      rmSync(dir, { recursive: true, force: true });
    }),
  };
}

/** Builds the app for `base` into `outDir` (BASE_PATH, as `BASE_PATH=… npm run build` does). */
export function buildFor(base: string, outDir: string): void {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: base },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build for ${base} failed:\n${result.stdout}\n${result.stderr}`);
}

/** `vite preview` — what `npm start` serves — on a build made for `base`, with BASE_PATH set as npm start has it. */
export async function startPreview(outDir: string, base: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, env: { ...process.env, BASE_PATH: base }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}${base}`, child, () => stderr);
  return { origin, stop: stopper(child) };
}
