// The small dataset's stories hold in the engine: feature tests rely on each case being there.
import { describe, expect, it } from 'vitest';
import { memberLatestCycle, memberScore, scoresOf, INDEX_MEASURE } from '@/domain/score-table';
import { smallEngine } from '../fixtures/serve-small-dataset';
import { STORIES } from '../fixtures/small-dataset';

describe('the small dataset', () => {
  const table = scoresOf(smallEngine());
  const index = (member: string, cycle: number) => memberScore(table, member, cycle, INDEX_MEASURE);

  it('has a Member rising every cycle from 0 to 100 and one falling from 100', () => {
    // Every scored indicator at stage 0 scores 0; at stage 4 (yes, 90%) scores 100.
    const riser = [2015, 2016, 2017, 2018, 2019].map((cycle) => index(STORIES.riser, cycle) ?? Number.NaN);
    expect(riser[0]).toBe(0);
    expect(riser[4]).toBe(100);
    for (let i = 1; i < riser.length; i++) expect(riser[i]).toBeGreaterThan(riser[i - 1] ?? Infinity);
    expect(index(STORIES.faller, 2015)).toBe(100);
    expect(index(STORIES.faller, 2019)).toBeLessThan(60);
  });

  it('has a Member with no Index in any cycle for lack of reporting', () => {
    expect(memberLatestCycle(table, STORIES.blocked)).toBeNull();
  });

  it('has a Member that exists only from 2017', () => {
    expect(table.members.get(STORIES.lateJoiner)?.has(2016)).toBe(false);
    expect(index(STORIES.lateJoiner, 2017)).not.toBeNull();
  });
});
