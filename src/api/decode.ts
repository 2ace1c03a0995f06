// Checks that the three contract documents agree with each other and turns them into the domain's Dataset.
// Each document is already valid on its own (zod); here we catch what only the set can show.
import type { Dataset, Framework, Indicator, Member, Observation, ObservationIndex } from '@/domain/types';
import { runSteps, type Steps } from '@/domain/steps';
import { contractError, type ContractIssue } from './errors';
import type { MembersDocument } from './schemas/members';
import type { ObservationsDocument, SubmissionRecord } from './schemas/observations';

/** Stop listing after this many issues: the first ones are what a data provider needs. */
const MAX_ISSUES = 50;

/** Submissions decoded between two pauses of decodeSteps: a few milliseconds on a phone. */
const SLICE = 100;

export function decodeDataset(
  framework: Framework,
  membersDoc: MembersDocument,
  observationsDoc: ObservationsDocument,
): Dataset {
  return runSteps(decodeSteps(framework, membersDoc, observationsDoc));
}

/** decodeDataset as steps that pause every few hundred submissions (api/in-slices.ts runs them in the page). */
export function* decodeSteps(
  framework: Framework,
  membersDoc: MembersDocument,
  observationsDoc: ObservationsDocument,
): Steps<Dataset> {
  const membersIssues = checkMembers(framework, membersDoc.members);
  if (membersIssues.length > 0) throw contractError('members.json', membersIssues);

  const { observations, issues } = yield* decodeSubmissions(framework, membersDoc.members, observationsDoc.submissions);
  if (issues.length > 0) throw contractError('observations.json', issues);

  return {
    framework,
    members: membersDoc.members,
    observations,
    source: { ...observationsDoc.source, asOf: observationsDoc.asOf },
  };
}

function checkMembers(framework: Framework, members: readonly Member[]): ContractIssue[] {
  const regions = new Set(framework.regions.map((region) => region.code));
  const issues: ContractIssue[] = [];
  members.forEach((member, i) => {
    if (!regions.has(member.region)) {
      issues.push({ path: `members[${i}].region`, message: `unknown region "${member.region}"` });
    }
  });
  return issues;
}

function* decodeSubmissions(
  framework: Framework,
  members: readonly Member[],
  submissions: readonly SubmissionRecord[],
): Steps<{ observations: ObservationIndex; issues: ContractIssue[] }> {
  const memberByCode = new Map(members.map((member) => [member.code, member]));
  const indicatorByCode = new Map(framework.indicators.map((indicator) => [indicator.code, indicator]));
  const index = new Map<string, Map<number, Map<string, Observation>>>();
  const issues: ContractIssue[] = [];

  for (const [i, submission] of submissions.entries()) {
    if (issues.length >= MAX_ISSUES) break;
    if (i > 0 && i % SLICE === 0) yield;
    const at = `submissions[${i}]`;
    const recordIssue = checkSubmission(framework, submission, memberByCode.get(submission.member));
    if (recordIssue) {
      issues.push({ path: `${at}.${recordIssue.field}`, message: recordIssue.message });
      continue;
    }
    const report = reportFor(index, submission.member, submission.cycle);
    for (const code in submission.values) {
      const value = submission.values[code] ?? Number.NaN;
      const indicator = indicatorByCode.get(code);
      const problem = indicator ? valueProblem(indicator, value) : `unknown indicator "${code}"`;
      if (problem) issues.push({ path: `${at}.values.${code}`, message: problem });
      else if (report.has(code)) {
        issues.push({
          path: `${at}.values.${code}`,
          message: `reported twice for ${submission.member} in ${submission.cycle}`,
        });
      } else {
        report.set(code, {
          member: submission.member,
          indicator: code,
          cycle: submission.cycle,
          value,
          provenance: submission.provenance,
          status: submission.status,
          submitted: submission.submitted,
        });
      }
    }
  }
  return { observations: index, issues };
}

function reportFor(
  index: Map<string, Map<number, Map<string, Observation>>>,
  member: string,
  cycle: number,
): Map<string, Observation> {
  let cycles = index.get(member);
  if (!cycles) {
    cycles = new Map();
    index.set(member, cycles);
  }
  let report = cycles.get(cycle);
  if (!report) {
    report = new Map();
    cycles.set(cycle, report);
  }
  return report;
}

function checkSubmission(
  framework: Framework,
  submission: SubmissionRecord,
  member: Member | undefined,
): { field: string; message: string } | null {
  if (!member) return { field: 'member', message: `unknown Member "${submission.member}"` };
  const { first, latest } = framework.cycles;
  if (submission.cycle < first || submission.cycle > latest) {
    return { field: 'cycle', message: `${submission.cycle} is outside the framework's cycles ${first}–${latest}` };
  }
  if (submission.cycle < member.joined) {
    return { field: 'cycle', message: `${submission.cycle} is before ${member.code} joined (${member.joined})` };
  }
  return null;
}

/** Why a value is not valid for its indicator's type, or null when it is. */
export function valueProblem(indicator: Indicator, value: number): string | null {
  switch (indicator.type) {
    case 'yesno':
      return value === 0 || value === 1 ? null : `${value} is not a yes/no value (0 or 1)`;
    case 'stage':
      return Number.isInteger(value) && value >= 0 && value <= 4 ? null : `${value} is not a stage (0–4)`;
    case 'percent':
      return value >= 0 && value <= 100 ? null : `${value} is not a percentage (0–100)`;
    case 'count':
      return Number.isInteger(value) && value >= 0 ? null : `${value} is not a count (a whole number ≥ 0)`;
    case 'currency':
      return value >= 0 ? null : `${value} is not an amount (≥ 0)`;
  }
}
