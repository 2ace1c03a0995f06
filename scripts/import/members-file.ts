// Reads a members list for the import: the contract's members.json, or a CSV with the columns
// code, name_en, name_fr, region, kind, joined.
import { describeIssue } from '../../src/api/errors';
import { membersSchema, type MembersDocument } from '../../src/api/schemas/members';
import { readCsv } from './rows';

export function readMembers(text: string, fileName: string): { members?: MembersDocument; problems: string[] } {
  if (fileName.toLowerCase().endsWith('.json')) {
    const result = membersSchema.safeParse(safeJson(text));
    if (result.success) return { members: result.data, problems: [] };
    return { problems: result.error.issues.map((issue) => `${issue.path.join('.')}: ${describeIssue(issue)}`) };
  }
  const { rows } = readCsv(text);
  const members = rows.map((row) => ({
    code: row.fields.code ?? '',
    name: { en: row.fields.name_en ?? '', fr: row.fields.name_fr ?? '' },
    region: row.fields.region ?? '',
    kind: row.fields.kind ?? '',
    joined: Number(row.fields.joined),
  }));
  const result = membersSchema.safeParse({ members });
  if (result.success) return { members: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const [, index, ...rest] = issue.path;
      const line = typeof index === 'number' ? rows[index]?.line : undefined;
      return `line ${line ?? '?'}, ${rest.join('.') || 'row'}: ${describeIssue(issue)}`;
    }),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return null;
  }
}
