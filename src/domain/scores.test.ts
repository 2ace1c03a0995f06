import { describe, expect, it } from 'vitest';
import { areaScoredIndicators } from './framework';
import { FRAMEWORK, report } from './fixtures.test-support';
import { areaScore, scoreReport } from './scores';

const areaA = areaScoredIndicators(FRAMEWORK, 'A');
const areaB = areaScoredIndicators(FRAMEWORK, 'B');

describe('area score', () => {
  it('is the mean of the reported scored indicators', () => {
    // yes → 100; stage 2 → 50; 30% → stage 2 → 50; the count is context and ignored: (100 + 50 + 50) / 3
    expect(areaScore(areaA, report({ 'A.YES': 1, 'A.STAGE': 2, 'A.PCT': 30, 'A.COUNT': 999 }))).toBeCloseTo(
      200 / 3,
      10,
    );
  });

  it('is computed when exactly half of the area is reported', () => {
    expect(areaScore(areaB, report({ 'B.ONE': 3 }))).toBe(75);
  });

  it('is null when fewer than half are reported', () => {
    // 1 of 3 is under half; 2 of 3 is enough
    expect(areaScore(areaA, report({ 'A.STAGE': 4 }))).toBeNull();
    expect(areaScore(areaA, report({ 'A.STAGE': 4, 'A.YES': 0 }))).toBe(50);
  });

  it('does not count a context value as reporting', () => {
    expect(areaScore(areaA, report({ 'A.STAGE': 4, 'A.COUNT': 3 }))).toBeNull();
  });

  it('is null for an area without scored indicators', () => {
    expect(areaScoredIndicators(FRAMEWORK, 'C')).toHaveLength(0);
    expect(scoreReport(FRAMEWORK, report({ 'C.COUNT': 4 })).areas.has('C')).toBe(false);
  });
});

describe('Security Index', () => {
  it('is the mean of the area scores, not of the indicators', () => {
    // A = (100 + 50 + 50) / 3 = 66.67; B = (100 + 0) / 2 = 50; Index = (66.67 + 50) / 2 = 58.33
    const scores = scoreReport(FRAMEWORK, report({ 'A.YES': 1, 'A.STAGE': 2, 'A.PCT': 30, 'B.ONE': 4, 'B.TWO': 0 }));
    expect(scores.index).toBeCloseTo(175 / 3, 10);
    expect(scores.reported).toBe(5);
    expect(scores.expected).toBe(5);
  });

  it('skips a null area score', () => {
    // 3 of 5 reported (60%): A = (100 + 100) / 2 = 100; B = 1 of 2 → 25; Index = 62.5
    const scores = scoreReport(FRAMEWORK, report({ 'A.YES': 1, 'A.STAGE': 4, 'B.ONE': 1 }));
    expect(scores.areas.get('A')).toBe(100);
    expect(scores.areas.get('B')).toBe(25);
    expect(scores.index).toBe(62.5);
  });

  it('needs 60% of the scored indicators: 3 of 5 is enough, 2 of 5 is not', () => {
    expect(scoreReport(FRAMEWORK, report({ 'A.YES': 1, 'A.STAGE': 4, 'B.ONE': 1 })).index).not.toBeNull();
    const two = scoreReport(FRAMEWORK, report({ 'A.YES': 1, 'B.ONE': 1 }));
    expect(two.areas.get('B')).toBe(25);
    expect(two.index).toBeNull();
  });

  it('is null for a Member that reported nothing', () => {
    expect(scoreReport(FRAMEWORK, report({})).index).toBeNull();
  });
});
