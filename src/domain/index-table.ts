// The Security Index of every Member in every cycle, as the engine scored it: what a scorecard's first screen reads
// of the scores (the Member's Index, its region's and the world's means, its rank in the region, its cycle). The
// build writes it into the optional summary document, so that a scorecard need not wait for the whole dataset;
// the page turns it back into a score table and reads it with the same functions as a table scored from the data.
import { cycleRange, scoredIndicators } from './framework';
import { INDEX_MEASURE, keepScores, memberScore, scoresOf } from './score-table';
import type { MemberCycleScores } from './scores';
import type { Dataset, DataSource, Framework, Member } from './types';

export interface MemberIndex {
  /** The cycles of each Member's list, oldest first: every cycle of the framework. */
  readonly cycles: readonly number[];
  /** Member code → its Index in each cycle (null where it had none, or did not yet exist). */
  readonly members: Readonly<Record<string, readonly (number | null)[]>>;
}

export function memberIndex(dataset: Dataset): MemberIndex {
  const table = scoresOf(dataset);
  return {
    cycles: table.cycles,
    members: Object.fromEntries(
      dataset.members.map((member) => [
        member.code,
        table.cycles.map((cycle) => memberScore(table, member.code, cycle, INDEX_MEASURE)),
      ]),
    ),
  };
}

/**
 * A dataset of the framework and the Members without observations, whose scores (scoresOf) are `index`: the
 * Security Index alone, so only Index figures may be read from it — every area score is missing, and how much each
 * Member reported is not known (NaN). Null when `index` was not made for this framework's cycles and these Members.
 */
export function indexOnlyDataset(
  framework: Framework,
  members: readonly Member[],
  source: DataSource,
  index: MemberIndex,
): Dataset | null {
  const cycles = cycleRange(framework);
  if (cycles.length !== index.cycles.length || cycles.some((cycle, i) => index.cycles[i] !== cycle)) return null;
  const expected = scoredIndicators(framework).length;
  const scored = new Map<string, Map<number, MemberCycleScores>>();
  for (const member of members) {
    const values = index.members[member.code];
    if (values?.length !== cycles.length) return null;
    const byCycle = new Map<number, MemberCycleScores>();
    for (const [i, cycle] of cycles.entries()) {
      const value = values[i] ?? null;
      if (member.joined > cycle) {
        if (value !== null) return null; // an Index before the Member existed: made from other Members
        continue;
      }
      byCycle.set(cycle, { index: value, areas: new Map(), reported: Number.NaN, expected });
    }
    scored.set(member.code, byCycle);
  }
  const dataset: Dataset = { framework, members, observations: new Map(), source };
  keepScores({ dataset, cycles, members: scored });
  return dataset;
}
