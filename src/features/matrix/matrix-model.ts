// The Matrix's figures, shaped from the score table by the domain engine: Members × areas (or scored
// indicators) for one cycle, with region and world averages, in sections by region. Pure.
import { aggregate, type Aggregate } from '@/domain/aggregates';
import { scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { rating } from '@/domain/ratings';
import {
  groupAggregate,
  groupMembers,
  INDEX_MEASURE,
  memberScore,
  scoresOf,
  WORLD,
  type ScoreTable,
} from '@/domain/score-table';
import { indicatorScore } from '@/domain/stages';
import type { Choice } from '@/components/ui/select';
import type { Dataset, Lang, Member, RatingBand, RatingCode, Region } from '@/domain/types';
import { createI18n } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import type { FileNameParts } from '@/lib/export/file-name';
import type { TableSort, TableSpec } from '@/lib/table/table-spec';
import { matrixColumns, NAME_KEY, type ColumnSet, type MatrixColumn } from './matrix-columns';
import type { MatrixValues } from './matrix-state';
import { matrixTable, type MatrixTableRow } from './matrix-table';
import { matrixMessages } from './messages';

export type Grouping = 'region' | 'none';

export interface MatrixOptions {
  readonly cycle: number;
  readonly columns: ColumnSet;
  readonly grouping: Grouping;
  /** A region code, or '' for every region. */
  readonly region: string;
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

export function buildMatrix(table: ScoreTable, options: MatrixOptions): MatrixModel {
  const { framework } = table.dataset;
  const columns = matrixColumns(framework, options.columns);
  const members = groupMembers(table, WORLD, options.cycle).filter(
    (member) => options.region === '' || member.region === options.region,
  );
  const rows = members.map((member) => ({
    member,
    cells: columns.map((column) => memberCell(table, member, options.cycle, column)),
  }));
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

/** The view's state from the link and the language shown. */
export interface MatrixInput extends MatrixValues {
  readonly lang: Lang;
}

export interface MatrixView {
  readonly cycle: number;
  readonly choices: {
    readonly cycle: readonly Choice[];
    readonly region: readonly Choice[];
  };
  /** The rows and columns toggles, each writing its parameter of the link. */
  readonly toggles: readonly {
    readonly param: 'group' | 'cols';
    readonly label: string;
    readonly choices: readonly Choice[];
  }[];
  readonly count: string;
  /** The Transitions view for this cycle and the one before, when there is one before. */
  readonly transitions: { readonly href: string; readonly label: string } | null;
  readonly legend: readonly { readonly code: RatingCode; readonly label: string }[];
  readonly table: TableSpec<MatrixTableRow>;
  /** The table's CSV download is named after the columns, the region and the cycle. */
  readonly file: FileNameParts;
  /** Said under the table when no Member is in the selection. */
  readonly empty: string | null;
}

export function selectMatrix(dataset: Dataset, input: MatrixInput): MatrixView {
  const table = scoresOf(dataset);
  const { framework } = dataset;
  const m = translator(matrixMessages, input.lang);
  const i18n = createI18n(input.lang);
  const { cycle, region } = input;
  const model = buildMatrix(table, { cycle, columns: input.cols, grouping: input.group, region });
  // A sort on a column the chosen set does not show falls back to the Member names.
  const shown = input.sort === NAME_KEY || model.columns.some((column) => column.key === input.sort);
  const sort: TableSort = shown
    ? { key: input.sort, direction: input.dir === 'asc' ? 'ascending' : 'descending' }
    : { key: NAME_KEY, direction: 'ascending' };
  const regionName = (code: string) => {
    const found = framework.regions.find((item) => item.code === code);
    return found ? i18n.name(found.name) : code;
  };
  const previous = table.cycles.includes(cycle - 1) ? cycle - 1 : null;
  const bands = framework.ratingBands;
  return {
    cycle,
    choices: {
      cycle: [...table.cycles].reverse().map((year) => ({
        id: String(year),
        label: year === framework.cycles.open ? m('cycleOpen', { cycle: year }) : String(year),
      })),
      region: [
        { id: '', label: m('allRegions') },
        ...framework.regions.map((item) => ({ id: item.code, label: i18n.name(item.name) })),
      ],
    },
    toggles: [
      {
        param: 'group',
        label: m('grouping'),
        choices: [
          { id: 'region', label: m('groupRegion') },
          { id: 'none', label: m('groupNone') },
        ],
      },
      {
        param: 'cols',
        label: m('columns'),
        choices: [
          { id: 'areas', label: m('columnsAreas') },
          { id: 'indicators', label: m('columnsIndicators') },
        ],
      },
    ],
    count: m('count', { n: model.memberCount, cycle }),
    transitions:
      previous === null
        ? null
        : { href: `/transitions?from=${previous}&to=${cycle}`, label: m('transitions', { from: previous }) },
    legend: bands.map((band, i) => ({
      code: band.code,
      label: m('band', { name: i18n.name(band.name), min: band.min, max: (bands[i + 1]?.min ?? 101) - 1 }),
    })),
    table: matrixTable(
      model,
      { m, i18n, regionName },
      m(input.cols === 'areas' ? 'captionAreas' : 'captionIndicators', { cycle }),
      sort,
    ),
    file: { measure: `matrix-${input.cols}`, group: region === '' ? 'world' : region, cycles: [cycle, cycle] },
    empty: model.memberCount === 0 ? m('empty') : null,
  };
}
