import { describe, expect, it } from 'vitest';
import { illustrativeDataset } from '@mocks/dataset';
import { parseDocument } from './client';
import { decodeDataset } from './decode';
import { LoadError } from './errors';
import { frameworkSchema } from './schemas/framework';
import { membersSchema, type MembersDocument } from './schemas/members';
import { observationsSchema, type ObservationsDocument } from './schemas/observations';

const documents = illustrativeDataset();
const framework = frameworkSchema.parse(documents.framework);
const members = membersSchema.parse(documents.members);
const observations = observationsSchema.parse(documents.observations);

function failure(run: () => unknown): LoadError {
  try {
    run();
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError');
}

function withSubmission(change: Partial<ObservationsDocument['submissions'][number]>): ObservationsDocument {
  const [first, ...rest] = observations.submissions;
  if (!first) throw new Error('the mock data has submissions');
  return { ...observations, submissions: [{ ...first, ...change }, ...rest] };
}

describe('parsing a contract document', () => {
  it('names the broken field and the document', () => {
    const broken = { members: [{ ...members.members[0], region: 42 }] };
    const error = failure(() => parseDocument('members.json', JSON.stringify(broken), membersSchema));
    expect(error.kind).toBe('contract');
    expect(error.message).toMatch(/^members\.json: breaks the data contract at members\[0\]\.region: /);
    expect(error.details.issues?.[0]?.message).toMatch(/expected string/i);
  });

  it('tells HTML from JSON', () => {
    const error = failure(() => parseDocument('framework.json', '<!doctype html><html></html>', frameworkSchema));
    expect(error.kind).toBe('not-json');
  });

  it('reports malformed JSON', () => {
    expect(failure(() => parseDocument('observations.json', '{"asOf": "2026-', observationsSchema)).kind).toBe(
      'malformed',
    );
  });

  it('accepts the illustrative documents', () => {
    expect(parseDocument('framework.json', JSON.stringify(documents.framework), frameworkSchema).version).toBe('1');
  });
});

describe('decoding the dataset', () => {
  it('keeps every reported value with its provenance', () => {
    const dataset = decodeDataset(framework, members, observations);
    const [submission] = observations.submissions;
    if (!submission) throw new Error('the mock data has submissions');
    const [code, value] = Object.entries(submission.values)[0] ?? [];
    const observation = dataset.observations
      .get(submission.member)
      ?.get(submission.cycle)
      ?.get(code ?? '');
    expect(observation).toMatchObject({
      value,
      provenance: submission.provenance,
      submitted: submission.submitted,
      status: submission.status,
    });
  });

  it.each([
    ['an unknown Member', { member: 'ZZZ' }, /submissions\[0\]\.member: unknown Member "ZZZ"/],
    ['a cycle outside the framework', { cycle: 2009 }, /submissions\[0\]\.cycle: 2009 is outside/],
    ['an unknown indicator', { values: { 'NOPE.X': 1 } }, /submissions\[0\]\.values\.NOPE\.X: unknown indicator/],
    ['a stage out of range', { values: { 'PAX.API': 7 } }, /values\.PAX\.API: 7 is not a stage \(0–4\)/],
    ['a yes/no that is neither', { values: { 'PGS.MEMBER': 0.5 } }, /0\.5 is not a yes\/no value/],
    ['a percentage over 100', { values: { 'PAX.APICOV': 101 } }, /101 is not a percentage/],
    ['a negative count', { values: { 'PAX.TRAINED': -3 } }, /-3 is not a count/],
  ])('rejects %s, naming the field', (_name, change, expected) => {
    const error = failure(() => decodeDataset(framework, members, withSubmission(change)));
    expect(error.document).toBe('observations.json');
    expect(error.message).toMatch(expected);
  });

  it('rejects an observation before the Member joined', () => {
    const late = members.members.find((member) => member.joined > framework.cycles.first);
    if (!late) throw new Error('the mock data has a Member that joined after 2015');
    const error = failure(() =>
      decodeDataset(framework, members, withSubmission({ member: late.code, cycle: late.joined - 1 })),
    );
    expect(error.message).toMatch(new RegExp(`before ${late.code} joined \\(${late.joined}\\)`));
  });

  it('rejects a value reported twice for the same Member, indicator and cycle', () => {
    const [first] = observations.submissions;
    if (!first) throw new Error('the mock data has submissions');
    const doubled = { ...observations, submissions: [first, { ...first, submitted: '2099-01-01' }] };
    expect(failure(() => decodeDataset(framework, members, doubled)).message).toMatch(/reported twice/);
  });

  it('rejects a Member in an unknown region', () => {
    const broken: MembersDocument = {
      members: [{ ...members.members[0], region: 'MARS' } as MembersDocument['members'][number]],
    };
    const error = failure(() => decodeDataset(framework, broken, { ...observations, submissions: [] }));
    expect(error.message).toBe('members.json: breaks the data contract at members[0].region: unknown region "MARS"');
  });
});
