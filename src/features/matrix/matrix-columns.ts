// The Matrix's column sets: the Security Index first, then the programme areas or the scored indicators.
import { scoredAreas, scoredIndicators } from '@/domain/framework';
import type { Framework, Localized } from '@/domain/types';

export type ColumnSet = 'areas' | 'indicators';

/** The sort key of the Member-name column; every other key is a column key. */
export const NAME_KEY = 'NAME';
export const INDEX_KEY = 'INDEX';

export interface MatrixColumn {
  readonly key: string;
  readonly kind: 'index' | 'area' | 'indicator';
  /** Null for the Index, whose name is the view's own message. */
  readonly name: Localized | null;
}

/** The columns of a column set: the Index first, then areas or scored indicators in framework order. */
export function matrixColumns(framework: Framework, columns: ColumnSet): MatrixColumn[] {
  const index: MatrixColumn = { key: INDEX_KEY, kind: 'index', name: null };
  if (columns === 'areas') {
    const names = new Map(framework.areas.map((area) => [area.code, area.name]));
    return [
      index,
      ...scoredAreas(framework).map((code) => ({ key: code, kind: 'area' as const, name: names.get(code) ?? null })),
    ];
  }
  return [
    index,
    ...scoredIndicators(framework).map((indicator) => ({
      key: indicator.code,
      kind: 'indicator' as const,
      name: indicator.name,
    })),
  ];
}
