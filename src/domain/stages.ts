// Indicator stage and score (DESIGN §3): every scored indicator is reduced to a maturity stage 0–4.
import type { IndicatorType, Stage } from './types';

/** Types that are context: shown in their own unit, never scored. */
export function isContextType(type: IndicatorType): boolean {
  return type === 'count' || type === 'currency';
}

/**
 * The maturity stage a reported value stands for, or null for context indicators.
 * yes/no → 4 or 0; stage → itself; percent → 0 for 0, 1 for (0, 25), 2 for [25, 50), 3 for [50, 75),
 * 4 for [75, 100].
 */
export function indicatorStage(type: IndicatorType, value: number): Stage | null {
  switch (type) {
    case 'yesno':
      return value === 1 ? 4 : 0;
    case 'stage':
      return clampStage(Math.round(value));
    case 'percent':
      return percentStage(value);
    case 'count':
    case 'currency':
      return null;
  }
}

/** Indicator score = stage / 4 × 100. */
export function stageScore(stage: Stage): number {
  return (stage / 4) * 100;
}

/** The score of a reported value, or null for context indicators. */
export function indicatorScore(type: IndicatorType, value: number): number | null {
  const stage = indicatorStage(type, value);
  return stage === null ? null : stageScore(stage);
}

function percentStage(percent: number): Stage {
  if (percent <= 0) return 0;
  if (percent < 25) return 1;
  if (percent < 50) return 2;
  if (percent < 75) return 3;
  return 4;
}

function clampStage(value: number): Stage {
  if (value <= 0) return 0;
  if (value >= 4) return 4;
  return value as Stage;
}
