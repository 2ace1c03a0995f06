import { describe, expect, it } from 'vitest';
import { FRAMEWORK, observation } from './fixtures.test-support';
import { baselineCycle, membersLikeUs } from './peers';
import { scoreDataset } from './score-table';
import type { Dataset, Member, Observation } from './types';

const member = (code: string, region: string): Member => ({
  code,
  name: { en: code, fr: code },
  region,
  kind: 'state',
  joined: 2015,
});

/** Every scored indicator of the fixture at one stage: the Index is then stage × 25 (A.YES: 0 or 4 only). */
function allAt(code: string, cycle: number, stage: number): Observation[] {
  return [
    observation(code, cycle, 'A.YES', stage >= 2 ? 1 : 0),
    observation(code, cycle, 'A.STAGE', stage),
    observation(code, cycle, 'A.PCT', [0, 10, 30, 60, 80][stage] ?? 0),
    observation(code, cycle, 'B.ONE', stage),
    observation(code, cycle, 'B.TWO', stage),
  ];
}

function dataset(observations: Observation[], members: Member[]): Dataset {
  const index = new Map<string, Map<number, Map<string, Observation>>>();
  for (const o of observations) {
    const byCycle = index.get(o.member) ?? new Map<number, Map<string, Observation>>();
    const report = byCycle.get(o.cycle) ?? new Map<string, Observation>();
    report.set(o.indicator, o);
    byCycle.set(o.cycle, report);
    index.set(o.member, byCycle);
  }
  return {
    framework: FRAMEWORK,
    members,
    observations: index,
    source: { illustrative: true, name: 'test', asOf: '2020-01-01' },
  };
}

describe('Members like us', () => {
  // Index at stage s for every indicator: A = (yes? 100 : 0, 25s, percent stage s) / 3, B = 25s.
  // 2015: AAA stage 2, BBB stage 2 (same), CCC stage 1, DDD stage 4; EEE reports nothing in 2015.
  const members = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].map((code, i) => member(code, i % 2 ? 'R1' : 'R2'));
  const data = dataset(
    [
      ...allAt('AAA', 2015, 2),
      ...allAt('BBB', 2015, 2),
      ...allAt('CCC', 2015, 1),
      ...allAt('DDD', 2015, 4),
      ...allAt('BBB', 2019, 3),
      ...allAt('CCC', 2019, 4),
      ...allAt('EEE', 2016, 3),
    ],
    members,
  );
  const table = scoreDataset(data);

  it('ranks the other Members of any region by closeness of their Index at the baseline', () => {
    const like = membersLikeUs(table, 'AAA', 3);
    expect(like?.cycle).toBe(2015);
    // AAA 2015: A = (100 + 50 + 50) / 3 = 66.67, B = 50 → 58.33; BBB the same (0 apart), CCC: A = (0+25+25)/3 =
    // 16.67, B = 25 → 20.83 (37.5 apart); DDD: 100 (41.67 apart). EEE has no 2015 Index.
    expect(like?.peers.map((peer) => peer.member.code)).toEqual(['BBB', 'CCC', 'DDD']);
    // where each stands now: its latest closed cycle with an Index (the fixture's 2020 is open)
    expect(like?.peers.map((peer) => peer.now)).toEqual([
      { cycle: 2019, value: ((100 + 75 + 75) / 3 + 75) / 2 },
      { cycle: 2019, value: 100 },
      { cycle: 2015, value: 100 },
    ]);
  });

  it('takes the Member’s first cycle with an Index when it had none at the baseline', () => {
    expect(baselineCycle(table, 'EEE')).toBe(2016);
    // nobody else has a 2016 Index
    expect(membersLikeUs(table, 'EEE')?.peers).toEqual([]);
  });
});
