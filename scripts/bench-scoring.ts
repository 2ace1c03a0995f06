// `npm run bench` (part 2): scoring cost must grow linearly — a dataset 10× larger (more Members × cycles)
// must take at most 12× as long (DESIGN §7). Times are compared within this run, median of several.
import { decodeDataset } from '../src/api/decode';
import { frameworkSchema } from '../src/api/schemas/framework';
import { membersSchema, type MembersDocument } from '../src/api/schemas/members';
import { observationsSchema, type ObservationsDocument } from '../src/api/schemas/observations';
import { scoreDataset } from '../src/domain/score-table';
import { DEFAULT_SEED, generateDataset } from '../mocks/data/generate';

const RUNS = 7;
const FACTOR = 10;

/** The illustrative data with every Member copied `factor` times under new codes. */
function scaled(factor: number) {
  const documents = generateDataset({ seed: DEFAULT_SEED, currentYear: 2026, asOf: '2026-11-28' });
  const copy = (code: string, i: number) => (i === 0 ? code : `${code}${i}`);
  const members: MembersDocument = {
    members: Array.from({ length: factor }, (_, i) =>
      documents.members.members.map((member) => ({ ...member, code: copy(member.code, i) })),
    ).flat(),
  };
  const observations: ObservationsDocument = {
    ...documents.observations,
    submissions: Array.from({ length: factor }, (_, i) =>
      documents.observations.submissions.map((submission) => ({ ...submission, member: copy(submission.member, i) })),
    ).flat(),
  };
  return decodeDataset(
    frameworkSchema.parse(documents.framework),
    membersSchema.parse(members),
    observationsSchema.parse(observations),
  );
}

function medianTime(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const small = scaled(1);
const large = scaled(FACTOR);
// Warm up the JIT and the heap on both sizes before timing.
scoreDataset(small);
scoreDataset(large);
const smallTime = medianTime(() => scoreDataset(small));
const largeTime = medianTime(() => scoreDataset(large));
const ratio = largeTime / smallTime;
const verdict = ratio <= 12 ? 'PASS' : 'FAIL';
console.log('\nscoring cost (domain engine), median of 7');
console.log(`  ${small.members.length} Members: ${smallTime.toFixed(1)} ms`);
console.log(`  ${large.members.length} Members (×${FACTOR}): ${largeTime.toFixed(1)} ms`);
console.log(`  ratio ${ratio.toFixed(2)} (budget ≤ 12)  ${verdict}`);
if (verdict === 'FAIL') process.exitCode = 1;
