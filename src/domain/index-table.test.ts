import { describe, expect, it } from 'vitest';
import { smallEngine } from '../../tests/fixtures/serve-small-dataset';
import { cycleRange } from './framework';
import { indexOnlyDataset, memberIndex } from './index-table';
import { memberReferenceCycle, regionRank } from './ranking';
import { groupAggregate, INDEX_MEASURE, memberScore, scoresOf, WORLD } from './score-table';
import type { Dataset } from './types';

const dataset = smallEngine();
/** The Index of every Member as a summary carries it: written as JSON and read back. */
const carried = () => JSON.parse(JSON.stringify(memberIndex(dataset))) as ReturnType<typeof memberIndex>;
const fromIndex = (index = carried(), members = dataset.members): Dataset | null =>
  indexOnlyDataset(dataset.framework, members, dataset.source, index);

describe('the Index of every Member, carried without the observations', () => {
  const full = scoresOf(dataset);
  const made = fromIndex();
  if (!made) throw new Error('the Index of the small dataset did not fit it');
  const table = scoresOf(made);

  it('gives each Member the Index the engine scored, in every cycle, and no area score', () => {
    for (const member of dataset.members) {
      for (const cycle of full.cycles) {
        expect(memberScore(table, member.code, cycle, INDEX_MEASURE)).toBe(
          memberScore(full, member.code, cycle, INDEX_MEASURE),
        );
        expect(memberScore(table, member.code, cycle, { kind: 'area', area: 'PAX' })).toBeNull();
      }
    }
  });

  it('gives the same world and regional means, with their coverage, and the same ranks and reference cycles', () => {
    const groups = [WORLD, ...dataset.framework.regions.map((region) => region.code)];
    for (const cycle of full.cycles) {
      for (const group of groups) {
        expect(groupAggregate(table, group, cycle, INDEX_MEASURE)).toEqual(
          groupAggregate(full, group, cycle, INDEX_MEASURE),
        );
      }
      for (const member of dataset.members) {
        expect(regionRank(table, member.code, cycle)).toEqual(regionRank(full, member.code, cycle));
      }
    }
    for (const member of dataset.members) {
      expect(memberReferenceCycle(table, member.code)).toBe(memberReferenceCycle(full, member.code));
    }
  });

  it('is refused when it was made for other cycles or other Members', () => {
    const index = carried();
    expect(fromIndex({ ...index, cycles: index.cycles.slice(1) })).toBeNull();
    const [first] = dataset.members;
    if (!first) throw new Error('the small dataset has no Member');
    const others = Object.fromEntries(Object.entries(index.members).filter(([code]) => code !== first.code));
    expect(fromIndex({ ...index, members: others })).toBeNull();
    // A Member that joined later than a cycle the Index gives it a score in: the Index is of another membership.
    const late = { ...first, joined: (cycleRange(dataset.framework).at(-1) ?? first.joined) + 1 };
    const scored = index.members[first.code]?.some((value) => value !== null);
    expect(scored).toBe(true);
    expect(fromIndex(index, [late, ...dataset.members.slice(1)])).toBeNull();
  });
});
