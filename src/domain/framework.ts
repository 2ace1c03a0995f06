// Look-ups over the framework that the scoring rules need, built once per framework.
import type { Framework, Indicator } from './types';
import { isContextType } from './stages';

/** Scored indicators, in framework order. */
export function scoredIndicators(framework: Framework): readonly Indicator[] {
  return framework.indicators.filter((indicator) => indicator.scored && !isContextType(indicator.type));
}

/** Scored indicators of one area, in framework order. */
export function areaScoredIndicators(framework: Framework, area: string): readonly Indicator[] {
  return scoredIndicators(framework).filter((indicator) => indicator.area === area);
}

/** Areas that can have a score: those with at least one scored indicator. */
export function scoredAreas(framework: Framework): readonly string[] {
  const scored = new Set(scoredIndicators(framework).map((indicator) => indicator.area));
  return framework.areas.filter((area) => scored.has(area.code)).map((area) => area.code);
}

/** Every cycle from the first to the latest, oldest first. */
export function cycleRange(framework: Framework): readonly number[] {
  const cycles: number[] = [];
  for (let cycle = framework.cycles.first; cycle <= framework.cycles.latest; cycle++) cycles.push(cycle);
  return cycles;
}

/** The most recent cycle that is no longer open for reporting. */
export function latestClosedCycle(framework: Framework): number {
  const { latest, open } = framework.cycles;
  return open !== null && open <= latest ? Math.min(latest, open - 1) : latest;
}
