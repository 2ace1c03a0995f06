// `npm run data:import -- <observations.csv|.json|.xlsx> [options]` (options in USAGE below): validates Member
// returns and writes the three contract files, all or nothing. By default it writes data/api/v1/, which the
// production build (and so `npm start`) serves instead of the illustrative dataset. The framework and the Member
// list default to the reference data in data/ (data/README.md); nothing here depends on the illustrative
// generator.
import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeDataset } from '../src/api/decode';
import { describeIssue } from '../src/api/errors';
import { frameworkSchema, type FrameworkDocument } from '../src/api/schemas/framework';
import { membersSchema, type MembersDocument } from '../src/api/schemas/members';
import { observationsSchema, type ObservationsDocument, type SubmissionRecord } from '../src/api/schemas/observations';
import { groupCompleteness, scoresOf, WORLD } from '../src/domain/score-table';
import { REFERENCE_FILES } from '../data/reference';
import { readMembers } from './import/members-file';
import { mergeCycles, observationsJson } from './import/observations-json';
import { readCsv, readJson, type ReadResult } from './import/rows';
import { encodingOf, ENCODINGS, readTextFile, type Encoding } from './import/text-file';
import { validateRows } from './import/validate';
import { writeFilesAtomically } from './import/write-atomic';
import { readXlsx } from './import/xlsx';

export const DEFAULT_OUT = 'data/api/v1';

export interface Io {
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

const USAGE = `usage: npm run data:import -- <observations.csv|.json|.xlsx> [options]
  --members file         members.json or members.csv (default: data/members.json)
  --framework file       framework.json (default: data/framework.json)
  --out dir              where to write the contract files (default: ${DEFAULT_OUT})
  --as-of YYYY-MM-DD     the data date (default: today)
  --encoding name        of CSV and JSON files: ${ENCODINGS.join(', ')} (default: utf-8)
  --sheet name           the .xlsx sheet to read (default: the first)
  --check                validate and report, write nothing (exit 0 valid, 1 invalid)
  --merge                replace only the input's cycles in --out, keep its other cycles`;

/** Runs the import; returns the exit status (0 written or valid, 1 invalid input, 2 usage). */
export async function runImport(argv: readonly string[], io: Io): Promise<number> {
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
        encoding: { type: 'string', default: 'utf-8' },
        sheet: { type: 'string' },
        check: { type: 'boolean', default: false },
        merge: { type: 'boolean', default: false },
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
  const encoding = encodingOf(args.values.encoding);
  if (!encoding) {
    io.error(`--encoding must be one of ${ENCODINGS.join(', ')}, not "${args.values.encoding}"`);
    return 2;
  }
  const { out, check, merge } = args.values;
  const currentYear = Number(asOf.slice(0, 4));
  const fail = (count?: number) => {
    io.error(
      `${count === undefined ? '' : `${count} problem(s) in ${input}. `}${check ? 'The file is not valid.' : 'Nothing was written.'}`,
    );
    return 1;
  };

  const inputs = loadReferenceData(args.values.framework, args.values.members, encoding, io);
  if (!inputs) return fail();
  const read = await readObservations(input, encoding, args.values.sheet);
  if (read.problems.length > 0) {
    for (const problem of read.problems) io.error(`${input}: ${problem}`);
    return fail();
  }

  const result = validateRows(read.rows, frameworkSchema.parse(inputs.framework), inputs.members.members, {
    lastCycle: currentYear,
    delimiter: read.delimiter,
  });
  if (result.issues.length > 0) {
    for (const issue of result.issues) io.error(`${input}: ${issue.where}, ${issue.column}: ${issue.reason}`);
    return fail(result.issues.length);
  }

  let submissions: SubmissionRecord[] = result.submissions;
  let sourceName = `Imported from ${basename(input)}`;
  if (merge) {
    const earlier = readEarlierImport(out, io);
    if (earlier === null) return fail();
    const merged = mergeCycles(earlier?.submissions ?? [], result.submissions);
    submissions = merged.submissions;
    if (merged.kept.length > 0) sourceName = `${sourceName} and earlier imports`;
    io.log(
      earlier === undefined
        ? `--merge: no earlier import in ${out}; starting one.`
        : `--merge: cycle(s) ${merged.replaced.join(', ')} from ${basename(input)}; ` +
            `${merged.kept.length > 0 ? `cycle(s) ${merged.kept.join(', ')} kept from ${out}` : `nothing else kept`}.`,
    );
  }

  const framework = withCycles(inputs.framework, submissions, currentYear);
  const observations: ObservationsDocument = { asOf, source: { name: sourceName, illustrative: false }, submissions };
  // The same checks the app makes when it loads the files: what is written will load. With --merge this also
  // checks the kept cycles against today's framework and Member list.
  let dataset;
  try {
    dataset = decodeDataset(
      frameworkSchema.parse(framework),
      membersSchema.parse(inputs.members),
      observationsSchema.parse(observations),
    );
  } catch (error) {
    io.error(`${merge ? `${input} merged into ${out}` : input}: ${(error as Error).message}`);
    return fail();
  }
  if (check) {
    io.log(`${input} is valid: ${read.rows.length} rows. Nothing was written (--check).`);
  } else {
    writeFilesAtomically(out, {
      'framework.json': JSON.stringify(framework),
      'members.json': JSON.stringify(inputs.members),
      'observations.json': observationsJson(observations),
    });
    io.log(`Wrote ${out}/{framework,members,observations}.json from ${read.rows.length} rows.`);
  }
  printCounts(dataset, submissions, io);
  return 0;
}

function readObservations(input: string, encoding: Encoding, sheet: string | undefined): Promise<ReadResult> {
  const lower = input.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(input, sheet);
  if (lower.endsWith('.xls')) {
    return Promise.resolve({
      rows: [],
      problems: ['the old .xls format cannot be read: save the workbook as .xlsx (or CSV UTF-8)'],
      delimiter: ',',
    });
  }
  const text = readTextFile(input, encoding);
  if (text.problems) return Promise.resolve({ rows: [], problems: text.problems, delimiter: ',' });
  return Promise.resolve(lower.endsWith('.json') ? readJson(text.text) : readCsv(text.text));
}

/** The earlier import's observations in `out` (undefined if there is none yet; null, reported, if unreadable). */
function readEarlierImport(out: string, io: Io): ObservationsDocument | undefined | null {
  const file = join(out, 'observations.json');
  if (!existsSync(out)) return undefined;
  const text = readTextFile(file);
  if (text.problems) {
    for (const problem of text.problems) io.error(`${file}: ${problem}`);
    return null;
  }
  const parsed = observationsSchema.safeParse(parseJson(text.text));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) io.error(`${file}: ${issue.path.join('.')}: ${describeIssue(issue)}`);
    io.error(`${file} cannot be merged into; import every cycle without --merge to start again.`);
    return null;
  }
  return parsed.data;
}

function loadReferenceData(
  frameworkFile: string | undefined,
  membersFile: string | undefined,
  encoding: Encoding,
  io: Io,
): { framework: FrameworkDocument; members: MembersDocument } | null {
  const frameworkPath = frameworkFile ?? shown(REFERENCE_FILES.framework);
  const membersPath = membersFile ?? shown(REFERENCE_FILES.members);
  const frameworkText = readTextFile(frameworkPath, encoding);
  const membersText = readTextFile(membersPath, encoding);
  const problems = [
    ...(frameworkText.problems ?? []).map((problem) => `${frameworkPath}: ${problem}`),
    ...(membersText.problems ?? []).map((problem) => `${membersPath}: ${problem}`),
  ];
  let framework: FrameworkDocument | undefined;
  if (frameworkText.problems === undefined) {
    const parsed = frameworkSchema.safeParse(parseJson(frameworkText.text));
    if (parsed.success) framework = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        problems.push(`${frameworkPath}: ${issue.path.join('.') || '(document)'}: ${describeIssue(issue)}`);
      }
    }
  }
  let members: MembersDocument | undefined;
  if (membersText.problems === undefined) {
    const read = readMembers(membersText.text, membersPath);
    members = read.members;
    problems.push(...read.problems.map((problem) => `${membersPath}: ${problem}`));
  }
  for (const problem of problems) io.error(problem);
  return framework && members && problems.length === 0 ? { framework, members } : null;
}

/** A reference file's path as the user would type it: relative to where they are, if it is below. */
function shown(file: URL): string {
  const path = fileURLToPath(file);
  const near = relative(process.cwd(), path);
  return near.startsWith('..') ? path : near;
}

/** The framework's cycles as the data has them: up to the latest reported cycle, open if still provisional. */
function withCycles(
  framework: FrameworkDocument,
  submissions: readonly SubmissionRecord[],
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
  submissions: readonly SubmissionRecord[],
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return null;
  }
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  process.exitCode = await runImport(process.argv.slice(2), {
    log: (line) => {
      console.log(line);
    },
    error: (line) => {
      console.error(line);
    },
  });
}
