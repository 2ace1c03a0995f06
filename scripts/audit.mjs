// `npm audit --omit=dev` with a clear verdict: fails on any high or critical advisory in production
// dependencies. Where the registry's advisory service cannot be reached (this workplace's registry mirror
// refuses it), it says so plainly and does not pretend the check passed.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`audit: npm audit gave no readable report (exit ${run.status})\n${run.stderr}`);
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.message ?? report.error?.summary ?? 'no advisory data';
  console.warn(`audit: NOT CHECKED — the advisory service could not be reached (${reason}).`);
  process.exit(0);
}

const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `audit: production dependencies — critical ${counts.critical ?? 0}, high ${counts.high ?? 0}, ` +
    `moderate ${counts.moderate ?? 0}, low ${counts.low ?? 0}`,
);
if (serious > 0) {
  console.error('audit: high or critical advisories found; run `npm audit --omit=dev` for details.');
  process.exit(1);
}
