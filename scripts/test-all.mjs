// `npm test`: every check, with the ones that can share the machine run side by side. Type checking and lint are
// single-threaded while Vitest uses the other cores, so those three run at once; the browser tests then have the
// machine to themselves (they run a build first and time-sensitive pages after). Each part's output is printed
// whole when it ends, with how long it took; the run fails if any part fails, and says which.
import { spawn } from 'node:child_process';

/** One part of the run: an npm script, its output kept until it ends unless `live` (it runs alone). */
function run(script, live = false) {
  const started = performance.now();
  if (live) process.stdout.write(`\n── npm run ${script} ──\n`);
  return new Promise((resolve) => {
    const stdio = live ? 'inherit' : ['ignore', 'pipe', 'pipe'];
    const child = spawn('npm', ['run', '--silent', script], { stdio, env: process.env });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      process.stdout.write(`\n── npm run ${script}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s ──\n`);
      process.stdout.write(Buffer.concat(output));
      resolve({ script, ok: code === 0, seconds });
    });
  });
}

/** Runs `script` after `before` has passed (a failed type check makes lint's messages noise). */
async function after(before, script) {
  const first = await run(before);
  return first.ok ? [first, await run(script)] : [first];
}

const started = performance.now();
process.stdout.write('npm test: typecheck then lint, and test:unit alongside; then test:e2e\n');
const parts = (await Promise.all([after('typecheck', 'lint'), run('test:unit')])).flat();
if (parts.every((part) => part.ok)) parts.push(await run('test:e2e', true));

const failed = parts.filter((part) => !part.ok).map((part) => part.script);
const total = ((performance.now() - started) / 1000).toFixed(0);
const times = parts.map((part) => `${part.script} ${part.seconds} s`).join(', ');
process.stdout.write(
  `\nnpm test: ${failed.length === 0 ? 'passed' : `FAILED (${failed.join(', ')})`} in ${total} s (${times})\n`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
