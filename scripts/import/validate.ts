// Checks every row of an import against the framework and the membership, and groups valid rows into the
// contract's submissions. Every problem is kept, with its line and column: nothing is written unless none.
import { valueProblem } from '../../src/api/decode';
import type { SubmissionRecord } from '../../src/api/schemas/observations';
import type { Framework, Member } from '../../src/domain/types';
import { placeOf, type Column, type RawRow } from './rows';

export interface RowIssue {
  readonly line: number;
  /** `line 12` or `sheet "observations", row 12` (rows.ts placeOf). */
  readonly where: string;
  readonly column: Column | '(row)';
  readonly reason: string;
}

export interface ValidationResult {
  readonly issues: RowIssue[];
  readonly submissions: SubmissionRecord[];
}

const PROVENANCES = ['self-reported', 'validated'] as const;
const STATUSES = ['final', 'provisional'] as const;

interface Context {
  readonly indicators: ReadonlyMap<string, Framework['indicators'][number]>;
  readonly members: ReadonlyMap<string, Member>;
  readonly firstCycle: number;
  readonly lastCycle: number;
  /** With ";" as separator (French Excel), "62,5" means 62.5. */
  readonly decimalComma: boolean;
}

export function validateRows(
  rows: readonly RawRow[],
  framework: Framework,
  members: readonly Member[],
  options: { readonly lastCycle: number; readonly delimiter: string },
): ValidationResult {
  const context: Context = {
    indicators: new Map(framework.indicators.map((indicator) => [indicator.code, indicator])),
    members: new Map(members.map((member) => [member.code, member])),
    firstCycle: framework.cycles.first,
    lastCycle: options.lastCycle,
    decimalComma: options.delimiter === ';',
  };
  const issues: RowIssue[] = [];
  const firstSeen = new Map<string, RawRow>();
  const groups = new Map<string, SubmissionRecord>();

  for (const row of rows) {
    const parsed = parseRow(row, context, issues);
    if (!parsed) continue;
    const key = `${parsed.member}|${parsed.indicator}|${parsed.cycle}`;
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) {
      issues.push({
        line: row.line,
        where: placeOf(row),
        column: '(row)',
        reason: `${parsed.member} ${parsed.indicator} ${parsed.cycle} is already given on ${placeOf(earlier)}`,
      });
      continue;
    }
    firstSeen.set(key, row);
    const groupKey = `${parsed.member}|${parsed.cycle}|${parsed.submitted}|${parsed.provenance}|${parsed.status}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = {
        member: parsed.member,
        cycle: parsed.cycle,
        submitted: parsed.submitted,
        provenance: parsed.provenance,
        status: parsed.status,
        values: {},
      };
      groups.set(groupKey, group);
    }
    group.values[parsed.indicator] = parsed.value;
  }
  return { issues, submissions: [...groups.values()] };
}

interface ParsedRow {
  readonly member: string;
  readonly indicator: string;
  readonly cycle: number;
  readonly value: number;
  readonly provenance: SubmissionRecord['provenance'];
  readonly status: SubmissionRecord['status'];
  readonly submitted: string;
}

function parseRow(row: RawRow, context: Context, issues: RowIssue[]): ParsedRow | null {
  const before = issues.length;
  const report = (column: Column, reason: string) =>
    issues.push({ line: row.line, where: placeOf(row), column, reason });
  const field = (column: Column) => row.fields[column] ?? '';

  const member = context.members.get(field('member').toUpperCase());
  if (!member) report('member', field('member') ? `unknown Member code "${field('member')}"` : 'is empty');
  const indicator = context.indicators.get(field('indicator').toUpperCase());
  if (!indicator) {
    report('indicator', field('indicator') ? `unknown indicator code "${field('indicator')}"` : 'is empty');
  }
  const cycle = /^\d{4}$/.test(field('cycle')) ? Number(field('cycle')) : Number.NaN;
  if (Number.isNaN(cycle)) report('cycle', `"${field('cycle')}" is not a year`);
  else if (cycle < context.firstCycle || cycle > context.lastCycle) {
    report('cycle', `${cycle} is outside ${context.firstCycle}–${context.lastCycle}`);
  } else if (member && cycle < member.joined) {
    report('cycle', `${cycle} is before ${member.code} joined the WCO (${member.joined})`);
  }
  const value = parseNumber(field('value'), context.decimalComma);
  if (value === null) report('value', `"${field('value')}" is not a number`);
  else if (indicator) {
    const problem = valueProblem(indicator, value);
    if (problem) report('value', problem);
  }
  const provenance = PROVENANCES.find((known) => known === field('provenance').toLowerCase());
  if (!provenance) report('provenance', `"${field('provenance')}" is not one of ${PROVENANCES.join(', ')}`);
  const status = STATUSES.find((known) => known === field('status').toLowerCase());
  if (!status) report('status', `"${field('status')}" is not one of ${STATUSES.join(', ')}`);
  const submitted = field('submitted');
  if (!isIsoDate(submitted)) report('submitted', `"${submitted}" is not a date (YYYY-MM-DD)`);

  if (issues.length > before || !member || !indicator || value === null || !provenance || !status) return null;
  return { member: member.code, indicator: indicator.code, cycle, value, provenance, status, submitted };
}

function parseNumber(text: string, decimalComma: boolean): number | null {
  const normalised = decimalComma ? text.replace(',', '.') : text;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
