import { describe, expect, it } from 'vitest';
import { indicatorScore, indicatorStage, stageScore } from './stages';

describe('indicator stage', () => {
  it('turns yes into stage 4 and no into stage 0', () => {
    expect(indicatorStage('yesno', 1)).toBe(4);
    expect(indicatorStage('yesno', 0)).toBe(0);
  });

  it('keeps a stage as it is', () => {
    for (const stage of [0, 1, 2, 3, 4] as const) expect(indicatorStage('stage', stage)).toBe(stage);
  });

  it.each([
    [0, 0],
    [0.01, 1],
    [24.99, 1],
    [25, 2],
    [49.99, 2],
    [50, 3],
    [74.99, 3],
    [75, 4],
    [100, 4],
  ])('maps %s%% to stage %s', (percent, stage) => {
    expect(indicatorStage('percent', percent)).toBe(stage);
  });

  it('gives context indicators no stage and no score', () => {
    expect(indicatorStage('count', 12)).toBeNull();
    expect(indicatorStage('currency', 5000)).toBeNull();
    expect(indicatorScore('count', 12)).toBeNull();
  });
});

describe('indicator score', () => {
  it('is stage / 4 × 100', () => {
    expect([0, 1, 2, 3, 4].map((s) => stageScore(s as 0 | 1 | 2 | 3 | 4))).toEqual([0, 25, 50, 75, 100]);
    expect(indicatorScore('percent', 30)).toBe(50);
    expect(indicatorScore('yesno', 1)).toBe(100);
  });
});
