// Look-ups over the framework that the scoring rules need, built once per framework.
import type { Framework, Indicator } from './types';
import { isContextType } from './stages';

interface ScoringPlan {
  readonly scored: readonly Indicator[];
  readonly byArea: ReadonlyMap<string, readonly Indicator[]>;
  readonly areas: readonly string[];
}

// Scoring asks these questions once per Member and cycle; the answers depend on the framework only.
const plans = new WeakMap<Framework, ScoringPlan>();

function planOf(framework: Framework): ScoringPlan {
  let plan = plans.get(framework);
  if (!plan) {
    const scored = framework.indicators.filter((indicator) => indicator.scored && !isContextType(indicator.type));
    const byArea = new Map<string, Indicator[]>();
    for (const area of framework.areas) {
      const indicators = scored.filter((indicator) => indicator.area === area.code);
      if (indicators.length > 0) byArea.set(area.code, indicators);
    }
    plan = { scored, byArea, areas: [...byArea.keys()] };
    plans.set(framework, plan);
  }
  return plan;
}

/** Scored indicators, in framework order. */
export function scoredIndicators(framework: Framework): readonly Indicator[] {
  return planOf(framework).scored;
}

/** Scored indicators of one area, in framework order. */
export function areaScoredIndicators(framework: Framework, area: string): readonly Indicator[] {
  return planOf(framework).byArea.get(area) ?? [];
}

/** Areas that can have a score: those with at least one scored indicator, in framework order. */
export function scoredAreas(framework: Framework): readonly string[] {
  return planOf(framework).areas;
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
