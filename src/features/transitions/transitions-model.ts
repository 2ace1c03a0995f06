// Who moved up or down between two cycles, for the Index and each area, shaped by the domain engine.
import { latestClosedCycle, scoredAreas } from '@/domain/framework';
import { INDEX_MEASURE, type ScoreTable } from '@/domain/score-table';
import { measureTransitions, type Transitions } from '@/domain/transitions';
import { type Localized, type Member, type ScoreMeasure } from '@/domain/types';

/** The measure key of the Security Index; every other key is an area code. */
export const INDEX_KEY = 'INDEX';

export interface MeasureTransitions {
  readonly key: string;
  /** Null for the Index, whose name is the view's own message. */
  readonly name: Localized | null;
  readonly transitions: Transitions;
}

export interface TransitionsModel {
  readonly from: number;
  readonly to: number;
  /** The Index first, then every scored area. */
  readonly measures: readonly MeasureTransitions[];
  readonly members: ReadonlyMap<string, Member>;
}

export function measureOf(key: string): ScoreMeasure {
  return key === INDEX_KEY ? INDEX_MEASURE : { kind: 'area', area: key };
}

/** Keys of the measures a link may name. */
export function measureKeys(table: ScoreTable): string[] {
  return [INDEX_KEY, ...scoredAreas(table.dataset.framework)];
}

/** The default comparison: the latest closed cycle against the one before it. */
export function defaultCycles(table: ScoreTable): { from: number; to: number } {
  const to = latestClosedCycle(table.dataset.framework);
  return { from: Math.max(table.dataset.framework.cycles.first, to - 1), to };
}

export function buildTransitions(table: ScoreTable, from: number, to: number): TransitionsModel {
  const { framework, members } = table.dataset;
  const names = new Map(framework.areas.map((area) => [area.code, area.name]));
  return {
    from,
    to,
    measures: measureKeys(table).map((key) => ({
      key,
      name: key === INDEX_KEY ? null : (names.get(key) ?? null),
      transitions: measureTransitions(table, measureOf(key), from, to),
    })),
    members: new Map(members.map((member) => [member.code, member])),
  };
}
