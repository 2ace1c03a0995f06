// Checks that the three contract documents agree with each other and turns them into the domain's Dataset.
// Each document is already valid on its own (zod); here we catch what only the set can show.
import type { Dataset, Framework, Indicator, Member, Observation } from '@/domain/types';
import { indexObservations } from '@/domain/observations';
import { LoadError, type ContractIssue } from './errors';
import type { MembersDocument } from './schemas/members';
import type { ObservationsDocument, SubmissionRecord } from './schemas/observations';

/** Stop listing after this many issues: the first ones are what a data provider needs. */
const MAX_ISSUES = 50;

export function decodeDataset(
  framework: Framework,
  membersDoc: MembersDocument,
  observationsDoc: ObservationsDocument,
): Dataset {
  const membersIssues = checkMembers(framework, membersDoc.members);
  if (membersIssues.length > 0) throw contractError('members.json', membersIssues);

  const { observations, issues } = decodeSubmissions(framework, membersDoc.members, observationsDoc.submissions);
  if (issues.length > 0) throw contractError('observations.json', issues);

  return {
    framework,
    members: membersDoc.members,
    observations: indexObservations(observations),
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

function decodeSubmissions(
  framework: Framework,
  members: readonly Member[],
  submissions: readonly SubmissionRecord[],
): { observations: Observation[]; issues: ContractIssue[] } {
  const memberByCode = new Map(members.map((member) => [member.code, member]));
  const indicatorByCode = new Map(framework.indicators.map((indicator) => [indicator.code, indicator]));
  const seen = new Set<string>();
  const observations: Observation[] = [];
  const issues: ContractIssue[] = [];

  submissions.forEach((submission, i) => {
    const at = `submissions[${i}]`;
    const member = memberByCode.get(submission.member);
    const recordIssue = checkSubmission(framework, submission, member);
    if (recordIssue) {
      issues.push({ path: `${at}.${recordIssue.field}`, message: recordIssue.message });
      return;
    }
    for (const [code, value] of Object.entries(submission.values)) {
      const path = `${at}.values.${code}`;
      const indicator = indicatorByCode.get(code);
      const problem = indicator ? valueProblem(indicator, value) : `unknown indicator "${code}"`;
      const key = `${submission.member}|${code}|${submission.cycle}`;
      if (problem) issues.push({ path, message: problem });
      else if (seen.has(key))
        issues.push({ path, message: `reported twice for ${submission.member} in ${submission.cycle}` });
      else {
        seen.add(key);
        observations.push({
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
    if (issues.length > MAX_ISSUES) issues.length = MAX_ISSUES;
  });
  return { observations, issues };
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

function contractError(document: string, issues: readonly ContractIssue[]): LoadError {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new LoadError(
    'contract',
    document,
    `breaks the data contract at ${first?.path ?? ''}: ${first?.message ?? ''}${more}`,
    {
      issues,
    },
  );
}
