// The data layer decodes and scores a slice at a time (dataset.ts): the same dataset and scores as the one-go
// functions the scripts and tests use, with the page given turns while it works.
import { describe, expect, it } from 'vitest';
import { illustrativeDataset } from '@mocks/dataset';
import { scoreDataset, scoresOf, scoresOfSteps } from '@/domain/score-table';
import { decodeDataset, decodeSteps } from './decode';
import { inSlices } from './in-slices';
import { frameworkSchema } from './schemas/framework';
import { membersSchema } from './schemas/members';
import { observationsSchema } from './schemas/observations';

const documents = illustrativeDataset();
const framework = frameworkSchema.parse(documents.framework);
const members = membersSchema.parse(documents.members);
const observations = observationsSchema.parse(documents.observations);

/** Runs `work` and counts the page's turns (other tasks run) before it ends. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns += 1;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const result = await work();
  done = true;
  return { result, turns };
}

describe('decoding and scoring in slices', () => {
  it('decodes the same dataset as decodeDataset, letting other tasks run meanwhile', async () => {
    expect(observations.submissions.length, 'enough submissions for several slices').toBeGreaterThan(1000);
    const { result, turns } = await turnsDuring(() => inSlices(decodeSteps(framework, members, observations)));
    expect(result).toEqual(decodeDataset(framework, members, observations));
    expect(turns).toBeGreaterThan(0);
  });

  it('keeps the same score table as scoreDataset for the views, letting other tasks run meanwhile', async () => {
    const dataset = decodeDataset(framework, members, observations);
    const { result, turns } = await turnsDuring(() => inSlices(scoresOfSteps(dataset)));
    expect(result).toEqual(scoreDataset(dataset));
    expect(scoresOf(dataset), 'the views read the table made in slices').toBe(result);
    expect(turns).toBeGreaterThan(0);
  });

  it('says what is broken, as decodeDataset does', async () => {
    const [first, ...rest] = observations.submissions;
    if (!first) throw new Error('the mock data has submissions');
    const broken = { ...observations, submissions: [...rest, { ...first, member: 'ZZZ' }] };
    const sync = (() => {
      try {
        decodeDataset(framework, members, broken);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(sync).toBeInstanceOf(Error);
    await expect(inSlices(decodeSteps(framework, members, broken))).rejects.toThrow((sync as Error).message);
  });
});
