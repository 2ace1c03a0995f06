// The Methodology page's tables as specs for the one DataTable: maturity stages, rating bands, the worked example
// (reported value → stage → score, area by area) and the framework's indicators by area.
// Area rows: DataTable has no cell spanning all columns, so an area's name is its row's header cell and the
// row's other cells stay empty (the row is styled as a group heading).
import { Fragment } from 'react';
import { RatingBadge } from '@/components/ui/rating-badge';
import type { Area, Framework, Indicator, RatingBand, StageDefinition } from '@/domain/types';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { TableSpec } from '@/lib/table/table-spec';
import type { ExampleArea, ExampleIndicator, MethodologyKey, WorkedExample } from './methodology-model';

export interface MethodologyText {
  readonly m: Translate<MethodologyKey>;
  readonly i18n: I18n;
}

const groupRow = (kind: string | undefined) =>
  kind === 'area' ? 'methodology-table__area' : kind === 'total' ? 'methodology-table__total' : undefined;

export function stagesTable(
  { m, i18n }: MethodologyText,
  stages: readonly StageDefinition[],
): TableSpec<StageDefinition> {
  return {
    caption: m('stages.caption'),
    rows: stages,
    rowKey: (stage) => String(stage.value),
    columns: [
      { key: 'stage', header: m('stages.stage'), numeric: true, cell: (stage) => stage.value },
      { key: 'name', header: m('stages.name'), rowHeader: true, cell: (stage) => i18n.name(stage.name) },
      { key: 'meaning', header: m('stages.meaning'), cell: (stage) => i18n.name(stage.description) },
    ],
  };
}

export function bandsTable({ m, i18n }: MethodologyText, bands: readonly RatingBand[]): TableSpec<RatingBand> {
  const upper = (band: RatingBand) => (bands[bands.indexOf(band) + 1]?.min ?? 101) - 1;
  return {
    caption: m('bands.caption'),
    rows: bands,
    rowKey: (band) => band.code,
    columns: [
      {
        key: 'rating',
        header: m('bands.rating'),
        rowHeader: true,
        cell: (band) => <RatingBadge code={band.code} label={i18n.name(band.name)} />,
      },
      { key: 'range', header: m('bands.range'), cell: (band) => `${band.min}–${upper(band)}` },
    ],
  };
}

export type ExampleRow =
  | { readonly kind: 'area'; readonly area: ExampleArea }
  | { readonly kind: 'indicator'; readonly row: ExampleIndicator }
  | { readonly kind: 'total'; readonly area: ExampleArea };

export function exampleTable(
  text: MethodologyText,
  example: WorkedExample,
  framework: Framework,
): TableSpec<ExampleRow> {
  const { m, i18n } = text;
  const member = i18n.name(example.member.name);
  const areaNote = (area: ExampleArea) =>
    area.scored === 0
      ? m('example.areaNone')
      : area.score === null
        ? m('example.areaTooFew')
        : m('example.areaReported', { reported: area.reported, scored: area.scored });
  return {
    caption: m('example.caption', { member, cycle: example.cycle }),
    rows: example.areas.flatMap((area): ExampleRow[] => [
      { kind: 'area', area },
      ...area.indicators.map((row) => ({ kind: 'indicator' as const, row })),
      { kind: 'total', area },
    ]),
    rowKey: (row) => (row.kind === 'indicator' ? row.row.indicator.code : `${row.kind}-${row.area.area.code}`),
    rowClass: (row) => groupRow(row.kind),
    columns: [
      {
        key: 'indicator',
        header: m('example.indicator'),
        rowHeader: true,
        cell: (row) =>
          row.kind === 'indicator'
            ? i18n.name(row.row.indicator.name)
            : row.kind === 'area'
              ? i18n.name(row.area.area.name)
              : m('example.areaScore', { area: i18n.name(row.area.area.name) }),
      },
      {
        key: 'value',
        header: m('example.value'),
        cell: (row) =>
          row.kind === 'indicator'
            ? valueText(row.row, framework, text)
            : row.kind === 'total'
              ? areaNote(row.area)
              : null,
      },
      {
        key: 'stage',
        header: m('example.stage'),
        numeric: true,
        cell: (row) => (row.kind === 'indicator' ? (row.row.stage ?? '—') : null),
      },
      {
        key: 'score',
        header: m('example.score'),
        numeric: true,
        cell: (row) => {
          if (row.kind === 'area') return null;
          const score = row.kind === 'indicator' ? row.row.score : row.area.score;
          return score === null ? '—' : i18n.fmt.score(score);
        },
      },
    ],
  };
}

export type IndicatorRow =
  { readonly kind: 'area'; readonly area: Area } | { readonly kind: 'indicator'; readonly indicator: Indicator };

export function indicatorsTable({ m, i18n }: MethodologyText, framework: Framework): TableSpec<IndicatorRow> {
  return {
    caption: m('indicators.caption', { version: framework.version }),
    rows: framework.areas.flatMap((area): IndicatorRow[] => [
      { kind: 'area', area },
      ...framework.indicators
        .filter((indicator) => indicator.area === area.code)
        .map((indicator) => ({ kind: 'indicator' as const, indicator })),
    ]),
    rowKey: (row) => (row.kind === 'area' ? `area-${row.area.code}` : row.indicator.code),
    rowClass: (row) => groupRow(row.kind),
    groupHeading: (row) => row.kind === 'area',
    columns: [
      {
        key: 'code',
        header: m('indicators.code'),
        cell: (row) => (row.kind === 'indicator' ? <code>{row.indicator.code}</code> : null),
      },
      {
        key: 'indicator',
        header: m('example.indicator'),
        rowHeader: true,
        cell: (row) => {
          if (row.kind === 'indicator') {
            const { name, unit } = row.indicator;
            return `${i18n.name(name)}${unit ? ` (${i18n.name(unit)})` : ''}`;
          }
          const { name, description } = row.area;
          return (
            <>
              {i18n.name(name)}
              {description ? <span className="methodology-muted"> — {i18n.name(description)}</span> : null}
            </>
          );
        },
      },
      {
        key: 'type',
        header: m('indicators.type'),
        cell: (row) => (row.kind === 'indicator' ? m(`type.${row.indicator.type}`) : null),
      },
      {
        key: 'scored',
        header: m('indicators.scored'),
        cell: (row) => (row.kind === 'indicator' ? m(row.indicator.scored ? 'indicators.yes' : 'indicators.no') : null),
      },
    ],
  };
}

function valueText(row: ExampleIndicator, framework: Framework, { m, i18n }: MethodologyText) {
  const { observation, indicator } = row;
  if (!observation) return m('example.notReported');
  const { value } = observation;
  switch (indicator.type) {
    case 'yesno':
      return value === 1 ? m('example.yes') : m('example.no');
    case 'stage': {
      const stage = framework.stages.find((item) => item.value === value);
      return stage ? `${value} – ${i18n.name(stage.name)}` : String(value);
    }
    case 'percent':
      return i18n.fmt.percent(value / 100);
    case 'count':
    case 'currency':
      return (
        <Fragment>
          {i18n.fmt.integer(value)}
          {indicator.unit ? ` ${i18n.name(indicator.unit)}` : ''}{' '}
          <span className="methodology-muted">({m('example.context')})</span>
        </Fragment>
      );
  }
}
