// `npm run bench`: every benchmark in turn — bundle bytes and load time against the bare reference page,
// the explorer's redraw, scoring growth, the 50,000-row import, Lighthouse, long tasks on a 10x dataset. Each prints its own figures; a
// missed budget does not stop the others, and the exit status says whether any was missed.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['node', ['scripts/bench.mjs']],
  ['npx', ['tsx', 'scripts/bench-scoring.ts']],
  ['npx', ['tsx', 'scripts/bench-import.ts']],
  ['node', ['scripts/bench-lighthouse.mjs', '--no-build']],
  // The 10x dataset served to the built app: no main-thread task over 200 ms while pages load (issue 14).
  ['node', ['scripts/bench-growth.mjs', '--no-build']],
];

const missed = [];
for (const [command, args] of STEPS) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) missed.push(args.join(' '));
}
console.log(missed.length === 0 ? '\nbench: every budget met' : `\nbench: budgets missed in ${missed.join('; ')}`);
process.exitCode = missed.length === 0 ? 0 : 1;
