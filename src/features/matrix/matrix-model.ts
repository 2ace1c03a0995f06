// The Matrix's content, shaped from the score table by the domain engine: Members × areas (or scored
// indicators) for one cycle, with region and world averages. Pure, so it is tested without React.
import { aggregate, type Aggregate } from '@/domain/aggregates';
import { scoredAreas, scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { rating } from '@/domain/ratings';
import { groupAggregate, groupMembers, INDEX_MEASURE, memberScore, WORLD, type ScoreTable } from '@/domain/score-table';
import { indicatorScore } from '@/domain/stages';
import type { Lang, Localized, Member, RatingBand, Region } from '@/domain/types';

export type ColumnSet = 'areas' | 'indicators';
export type Grouping = 'region' | 'none';
export type SortDirection = 'asc' | 'desc';

/** The sort key of the Member-name column; every other key is a column key. */
export const NAME_KEY = 'NAME';
export const INDEX_KEY = 'INDEX';

export interface MatrixOptions {
  readonly cycle: number;
  readonly columns: ColumnSet;
  readonly grouping: Grouping;
  /** A region code, or '' for every region. */
  readonly region: string;
  readonly sort: string;
  readonly direction: SortDirection;
  readonly lang: Lang;
}

export interface MatrixColumn {
  readonly key: string;
  readonly kind: 'index' | 'area' | 'indicator';
  /** Null for the Index, whose name is the view's own message. */
  readonly name: Localized | null;
}

export interface RatedValue {
  readonly score: number | null;
  readonly rating: RatingBand | null;
}

export interface MatrixRow {
  readonly member: Member;
  readonly cells: readonly RatedValue[];
}

export interface SummaryCell extends RatedValue {
  readonly aggregate: Aggregate;
}

export interface SummaryRow {
  /** A region code or WORLD. */
  readonly group: string;
  readonly cells: readonly SummaryCell[];
}

export interface MatrixSection {
  /** The region of a grouped section; null when rows are not grouped. */
  readonly region: Region | null;
  readonly summary: SummaryRow | null;
  readonly rows: readonly MatrixRow[];
}

export interface MatrixModel {
  readonly cycle: number;
  readonly columns: readonly MatrixColumn[];
  readonly sections: readonly MatrixSection[];
  /** The world row, and the filtered region's row when a region is chosen without grouping. */
  readonly summaries: readonly SummaryRow[];
  readonly memberCount: number;
}

/** The columns of a column set: the Index first, then areas or scored indicators in framework order. */
export function matrixColumns(table: ScoreTable, columns: ColumnSet): MatrixColumn[] {
  const { framework } = table.dataset;
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

/** Every column key a sort may name, for checking a link's `sort`. */
export function sortKeys(table: ScoreTable): Set<string> {
  const columns = [...matrixColumns(table, 'areas'), ...matrixColumns(table, 'indicators')];
  return new Set([NAME_KEY, ...columns.map((column) => column.key)]);
}

/** The sort in force: a sort on a column not shown falls back to the Member name. */
export function effectiveSort(
  columns: readonly MatrixColumn[],
  sort: string,
  direction: SortDirection,
): { sort: string; direction: SortDirection } {
  return sort === NAME_KEY || columns.some((column) => column.key === sort)
    ? { sort, direction }
    : { sort: NAME_KEY, direction: 'asc' };
}

export function buildMatrix(table: ScoreTable, options: MatrixOptions): MatrixModel {
  const { framework } = table.dataset;
  const columns = matrixColumns(table, options.columns);
  const members = groupMembers(table, WORLD, options.cycle).filter(
    (member) => options.region === '' || member.region === options.region,
  );
  const rows = sortRows(
    members.map((member) => ({
      member,
      cells: columns.map((column) => memberCell(table, member, options.cycle, column)),
    })),
    columns,
    options,
  );
  const summary = (group: string): SummaryRow => ({
    group,
    cells: columns.map((column) => summaryCell(table, group, options.cycle, column)),
  });
  const regions = framework.regions.filter((region) => options.region === '' || region.code === options.region);
  const sections: MatrixSection[] =
    options.grouping === 'region'
      ? regions
          .map((region) => ({
            region,
            summary: summary(region.code),
            rows: rows.filter((row) => row.member.region === region.code),
          }))
          .filter((section) => section.rows.length > 0)
      : [{ region: null, summary: null, rows }];
  const summaries =
    options.grouping === 'none' && options.region !== '' ? [summary(options.region), summary(WORLD)] : [summary(WORLD)];
  return { cycle: options.cycle, columns, sections, summaries, memberCount: members.length };
}

function memberCell(table: ScoreTable, member: Member, cycle: number, column: MatrixColumn): RatedValue {
  return rated(table, memberValue(table, member.code, cycle, column));
}

function memberValue(table: ScoreTable, member: string, cycle: number, column: MatrixColumn): number | null {
  if (column.kind === 'index') return memberScore(table, member, cycle, INDEX_MEASURE);
  if (column.kind === 'area') return memberScore(table, member, cycle, { kind: 'area', area: column.key });
  const indicator = scoredIndicators(table.dataset.framework).find((item) => item.code === column.key);
  const observation = reportOf(table.dataset.observations, member, cycle).get(column.key);
  return indicator && observation ? indicatorScore(indicator.type, observation.value) : null;
}

function summaryCell(table: ScoreTable, group: string, cycle: number, column: MatrixColumn): SummaryCell {
  let result: Aggregate;
  if (column.kind === 'index') result = groupAggregate(table, group, cycle, INDEX_MEASURE);
  else if (column.kind === 'area') result = groupAggregate(table, group, cycle, { kind: 'area', area: column.key });
  else {
    // An indicator's group value is the mean of its Members' indicator scores, under the same 50% rule.
    const members = groupMembers(table, group, cycle);
    result = aggregate(
      members.map((member) => memberValue(table, member.code, cycle, column)),
      members.length,
    );
  }
  return { ...rated(table, result.value), aggregate: result };
}

function rated(table: ScoreTable, score: number | null): RatedValue {
  return { score, rating: score === null ? null : rating(score, table.dataset.framework.ratingBands) };
}

/** Rows in the asked order; Members without a value sort last either way, then by name. */
function sortRows(rows: MatrixRow[], columns: readonly MatrixColumn[], options: MatrixOptions): MatrixRow[] {
  const collator = new Intl.Collator(options.lang === 'fr' ? 'fr' : 'en', { sensitivity: 'base' });
  const byName = (a: MatrixRow, b: MatrixRow) =>
    collator.compare(a.member.name[options.lang], b.member.name[options.lang]);
  const sign = options.direction === 'asc' ? 1 : -1;
  const at = columns.findIndex((column) => column.key === options.sort);
  if (at < 0) return [...rows].sort((a, b) => (options.sort === NAME_KEY ? sign : 1) * byName(a, b));
  return [...rows].sort((a, b) => {
    const x = a.cells[at]?.score ?? null;
    const y = b.cells[at]?.score ?? null;
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}
