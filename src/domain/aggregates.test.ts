import { describe, expect, it } from 'vitest';
import { adoptionRate, aggregate, completeness, membersInCycle } from './aggregates';
import { scoredIndicators } from './framework';
import { FRAMEWORK, report } from './fixtures.test-support';
import type { Indicator } from './types';

describe('aggregate', () => {
  it('is the mean over Members with a value, with coverage n of N', () => {
    expect(aggregate([40, null, 60, 80], 4)).toEqual({ value: 60, n: 3, of: 4, coverage: 0.75, sufficient: true });
  });

  it('is shown at exactly 50% coverage', () => {
    expect(aggregate([30, 50, null, null], 4).value).toBe(40);
  });

  it('is insufficient under 50% coverage (49 of 100)', () => {
    const values = [...Array<number>(49).fill(50), ...Array<null>(51).fill(null)];
    const result = aggregate(values, 100);
    expect(result).toMatchObject({ value: null, n: 49, of: 100, sufficient: false });
    expect(result.coverage).toBe(0.49);
    expect(aggregate([...values.slice(0, 50), 50, ...values.slice(51)], 100).value).toBe(50);
  });

  it('is insufficient for an empty group', () => {
    expect(aggregate([], 0)).toMatchObject({ value: null, coverage: 0, sufficient: false });
  });
});

describe('adoption rate', () => {
  const api: Indicator = FRAMEWORK.indicators[1] as Indicator; // A.STAGE
  const pct: Indicator = FRAMEWORK.indicators[2] as Indicator; // A.PCT

  it('is the share of reporting Members at stage 3 or more', () => {
    // 4 Members: stages 3, 4, 2 and one not reporting → 2 of 3 reporting adopt; coverage 3 of 4
    const reports = [report({ 'A.STAGE': 3 }), report({ 'A.STAGE': 4 }), report({ 'A.STAGE': 2 }), report({})];
    expect(adoptionRate(api, reports)).toEqual({
      rate: 2 / 3,
      adopters: 2,
      n: 3,
      of: 4,
      coverage: 0.75,
      sufficient: true,
    });
  });

  it('uses the percent bands (50% is stage 3)', () => {
    expect(adoptionRate(pct, [report({ 'A.PCT': 50 }), report({ 'A.PCT': 49.9 })]).rate).toBe(0.5);
  });

  it('follows the 50% coverage rule', () => {
    expect(adoptionRate(api, [report({ 'A.STAGE': 4 }), undefined, undefined]).rate).toBeNull();
  });
});

describe('reporting completeness', () => {
  it('is reported pairs over Members × scored indicators, ignoring context indicators', () => {
    // 2 Members × 5 scored = 10 expected; 3 + 1 reported; counts do not count
    const reports = [
      report({ 'A.YES': 1, 'A.STAGE': 2, 'B.ONE': 1, 'A.COUNT': 5 }),
      report({ 'C.COUNT': 2, 'B.TWO': 0 }),
    ];
    expect(completeness(scoredIndicators(FRAMEWORK), reports)).toEqual({ reported: 4, expected: 10, share: 0.4 });
  });

  it('has no share when nothing was expected', () => {
    expect(completeness(scoredIndicators(FRAMEWORK), []).share).toBeNull();
  });
});

describe('members in a cycle', () => {
  it('counts a Member from its accession year', () => {
    const members = [{ joined: 2010 }, { joined: 2017 }];
    expect(membersInCycle(members, 2016)).toHaveLength(1);
    expect(membersInCycle(members, 2017)).toHaveLength(2);
  });
});
