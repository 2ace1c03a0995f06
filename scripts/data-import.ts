// `npm run data:import -- <observations.csv|.json> [--members members.csv|.json] [--framework framework.json]
// [--out dir] [--as-of YYYY-MM-DD]`: validates Member returns and writes the three contract files, all or
// nothing. By default it writes data/api/v1/, which the production build (and so `npm start`) serves instead
// of the illustrative dataset.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeDataset } from '../src/api/decode';
import { describeIssue } from '../src/api/errors';
import { frameworkSchema, type FrameworkDocument } from '../src/api/schemas/framework';
import { membersSchema, type MembersDocument } from '../src/api/schemas/members';
import { observationsSchema, type ObservationsDocument } from '../src/api/schemas/observations';
import { groupCompleteness, scoresOf, WORLD } from '../src/domain/score-table';
import { buildFramework } from '../mocks/data/framework';
import { DEFAULT_SEED, generateDataset } from '../mocks/data/generate';
import { readCsv, readJson } from './import/rows';
import { readMembers } from './import/members-file';
import { validateRows } from './import/validate';
import { writeFilesAtomically } from './import/write-atomic';

export const DEFAULT_OUT = 'data/api/v1';

export interface Io {
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

const USAGE =
  'usage: npm run data:import -- <observations.csv|.json> [--members file] [--framework file] [--out dir] [--as-of YYYY-MM-DD]';

/** Runs the import; returns the exit status (0 written, 1 invalid input, 2 usage). */
export function runImport(argv: readonly string[], io: Io): number {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        members: { type: 'string' },
        framework: { type: 'string' },
        out: { type: 'string', default: DEFAULT_OUT },
        'as-of': { type: 'string' },
      },
    });
  } catch (error) {
    io.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const input = args.positionals[0];
  if (!input || args.positionals.length > 1) {
    io.error(USAGE);
    return 2;
  }
  const asOf = args.values['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    io.error(`--as-of must be a date YYYY-MM-DD, not "${asOf}"`);
    return 2;
  }
  const currentYear = Number(asOf.slice(0, 4));

  const inputs = loadReferenceData(args.values.framework, args.values.members, currentYear, io);
  if (!inputs) return 1;
  const text = readText(input, io);
  if (text === null) return 1;
  const read = input.toLowerCase().endsWith('.json') ? readJson(text) : readCsv(text);
  if (read.problems.length > 0) {
    for (const problem of read.problems) io.error(`${input}: ${problem}`);
    io.error('Nothing was written.');
    return 1;
  }

  const frameworkForChecks = frameworkSchema.parse(inputs.framework);
  const result = validateRows(read.rows, frameworkForChecks, inputs.members.members, {
    lastCycle: currentYear,
    delimiter: read.delimiter,
  });
  if (result.issues.length > 0) {
    for (const issue of result.issues) io.error(`${input}: line ${issue.line}, ${issue.column}: ${issue.reason}`);
    io.error(`${result.issues.length} problem(s) in ${input}. Nothing was written.`);
    return 1;
  }

  const framework = withCycles(inputs.framework, result.submissions, currentYear);
  const observations: ObservationsDocument = {
    asOf,
    source: { name: `Imported from ${basename(input)}`, illustrative: false },
    submissions: result.submissions,
  };
  // The same checks the app makes when it loads the files: what is written will load.
  const dataset = decodeDataset(
    frameworkSchema.parse(framework),
    membersSchema.parse(inputs.members),
    observationsSchema.parse(observations),
  );
  writeFilesAtomically(args.values.out, {
    'framework.json': JSON.stringify(framework),
    'members.json': JSON.stringify(inputs.members),
    'observations.json': JSON.stringify(observations),
  });
  io.log(`Wrote ${args.values.out}/{framework,members,observations}.json from ${read.rows.length} rows.`);
  printCounts(dataset, result.submissions, io);
  return 0;
}

function loadReferenceData(
  frameworkFile: string | undefined,
  membersFile: string | undefined,
  currentYear: number,
  io: Io,
): { framework: FrameworkDocument; members: MembersDocument } | null {
  let framework: FrameworkDocument = buildFramework(currentYear);
  if (frameworkFile) {
    const text = readText(frameworkFile, io);
    if (text === null) return null;
    const parsed = frameworkSchema.safeParse(parseJson(text));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        io.error(`${frameworkFile}: ${issue.path.join('.')}: ${describeIssue(issue)}`);
      return null;
    }
    framework = parsed.data;
  }
  let members: MembersDocument = generateDataset({
    seed: DEFAULT_SEED,
    currentYear,
    asOf: `${currentYear}-01-01`,
  }).members;
  if (membersFile) {
    const text = readText(membersFile, io);
    if (text === null) return null;
    const read = readMembers(text, membersFile);
    if (!read.members) {
      for (const problem of read.problems) io.error(`${membersFile}: ${problem}`);
      return null;
    }
    members = read.members;
  }
  return { framework, members };
}

/** The framework's cycles as the data has them: up to the latest reported cycle, open if still provisional. */
function withCycles(
  framework: FrameworkDocument,
  submissions: readonly ObservationsDocument['submissions'][number][],
  currentYear: number,
): FrameworkDocument {
  const latest = submissions.reduce((max, submission) => Math.max(max, submission.cycle), framework.cycles.first);
  const open = submissions.some((submission) => submission.cycle === latest && submission.status === 'provisional')
    ? latest
    : null;
  return { ...framework, cycles: { first: framework.cycles.first, latest: Math.min(latest, currentYear), open } };
}

function printCounts(
  dataset: ReturnType<typeof decodeDataset>,
  submissions: readonly ObservationsDocument['submissions'][number][],
  io: Io,
): void {
  const table = scoresOf(dataset);
  io.log('cycle  observations  Members reporting  completeness (scored indicators)');
  for (const cycle of table.cycles) {
    const inCycle = submissions.filter((submission) => submission.cycle === cycle);
    const observations = inCycle.reduce((sum, submission) => sum + Object.keys(submission.values).length, 0);
    const reporting = new Set(inCycle.map((submission) => submission.member)).size;
    const share = groupCompleteness(table, WORLD, cycle).share;
    const completeness = share === null ? '—' : `${(share * 100).toFixed(1)}%`;
    io.log(
      `${cycle}   ${String(observations).padStart(12)}  ${String(reporting).padStart(17)}  ${completeness.padStart(7)}`,
    );
  }
}

function readText(file: string, io: Io): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    io.error(`cannot read ${file}: ${(error as Error).message}`);
    return null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return null;
  }
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  process.exitCode = runImport(process.argv.slice(2), {
    log: (line) => {
      console.log(line);
    },
    error: (line) => {
      console.error(line);
    },
  });
}
