// The Map tab's model: a pure `select` from the dataset and (measure, cycle, language) to everything the map
// draws — each Member's colour, value, rating and evidence in words, the legend, the text summary, the Members
// too small to draw, and the table behind the map.
import { hasRating } from '@/domain/measures';
import type { Dataset, Lang, Measure, RatingCode } from '@/domain/types';
import type { FileNameParts } from '@/lib/export/file-name';
import type { TableSpec } from '@/lib/table/table-spec';
import { valueFormatter, tickFormatter } from './explore-format';
import { exploreWords, type ExploreText } from './explore-text';
import { drawnMembers } from './map-shapes';
import { selectMapModel, type MapEntry, type MapModel } from './map-model';

export interface MapInput {
  readonly measure: Measure;
  /** The measure's name in the title (with its unit for counts and amounts). */
  readonly label: string;
  readonly cycle: number;
  readonly lang: Lang;
  /** The measure's code in the URL (the data package's full data) and its name in file names. */
  readonly code: string;
  readonly fileMeasure: string;
}

export interface MapMember {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly colour: RatingCode | null;
  readonly value: string;
  /** The value at full precision, for the CSV. */
  readonly raw: number | null;
  readonly rating: { readonly code: RatingCode; readonly name: string } | null;
  /** "Kenya: 62.5, Established": the shape's link name. */
  readonly label: string;
  readonly reported: string;
  readonly provenance: string;
}

export interface MapView {
  readonly title: string;
  readonly summary: string;
  readonly members: ReadonlyMap<string, MapMember>;
  /** Members with no shape at this scale, by name. */
  readonly undrawn: readonly MapMember[];
  readonly legend: readonly { readonly colour: RatingCode; readonly label: string }[];
  readonly table: TableSpec<MapMember>;
  readonly footnote: string;
  /** The downloads: named after the measure and the cycle, the package's full data is the measure's. */
  readonly file: FileNameParts;
  readonly measure: string;
  /** The exported image's legend: each class's colour (a CSS value), no data and not a Member included. */
  readonly swatches: readonly { readonly label: string; readonly color: string }[];
}

function provenance({ evidence }: MapEntry, { i18n, m }: ExploreText): string {
  if (evidence.reported === 0) return '—';
  const parts = [m('map.provenance', { validated: evidence.validated, self: evidence.selfReported })];
  if (evidence.submitted) parts.push(m('map.submitted', { date: i18n.fmt.date(evidence.submitted) }));
  if (evidence.provisional > 0) parts.push(m('map.provisional'));
  return parts.join(' · ');
}

function mapMember(entry: MapEntry, text: ExploreText): MapMember {
  const { i18n, m } = text;
  const name = i18n.name(entry.member.name);
  const value = entry.value === null ? m('map.noData') : text.format(entry.value);
  const rating = entry.rating ? { code: entry.rating.code, name: i18n.name(entry.rating.name) } : null;
  return {
    code: entry.member.code,
    name,
    region: entry.member.region,
    colour: entry.colour,
    value,
    raw: entry.value,
    rating,
    label: `${name}: ${value}${rating ? `, ${rating.name}` : ''}`,
    reported: m('map.reported', { reported: entry.evidence.reported, expected: entry.evidence.expected }),
    provenance: provenance(entry, text),
  };
}

/** A band's range in whole points, as the methodology writes it: 0–19, 20–39 … 80–100. */
function bandRange(model: MapModel, min: number): string {
  const next = model.legend.find((item) => item.kind === 'rating' && item.band.min > min);
  return next?.kind === 'rating' ? `${String(min)}–${String(next.band.min - 1)}` : `${String(min)}–100`;
}

function legend(model: MapModel, { i18n, m }: ExploreText): MapView['legend'] {
  const tick = tickFormatter(i18n.lang);
  return [
    ...model.legend.map((item) => ({
      colour: item.colour,
      label:
        item.kind === 'rating'
          ? `${i18n.name(item.band.name)} (${bandRange(model, item.band.min)})`
          : m('map.classRange', { low: tick(item.low), high: tick(item.high) }),
    })),
  ];
}

/** How many Members have a value, and for scores the rating most of them have. */
function summary(model: MapModel, members: readonly MapMember[], scored: boolean, { m }: ExploreText): string {
  const count = model.withValue;
  const counts = new Map<string, { n: number; name: string }>();
  for (const member of members) {
    if (!member.rating) continue;
    const current = counts.get(member.rating.code) ?? { n: 0, name: member.rating.name };
    counts.set(member.rating.code, { ...current, n: current.n + 1 });
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return scored && top
    ? m('map.summaryScore', { count, cycle: model.cycle, top: top.n, rating: top.name.toLowerCase() })
    : m('map.summary', { count, cycle: model.cycle });
}

export function selectMapView(dataset: Dataset, input: MapInput): MapView {
  const model = selectMapModel(dataset, input.measure, input.cycle);
  const scored = hasRating(input.measure);
  const words = exploreWords(input.lang);
  const text: ExploreText = { ...words, format: valueFormatter(scored ? 'score' : 'count', 'value', words.i18n) };
  const { i18n, m } = text;
  const collator = new Intl.Collator(input.lang);
  const members = [...model.entries.values()]
    .map((entry) => mapMember(entry, text))
    .sort((a, b) => collator.compare(a.name, b.name));
  const title = m('map.title', { measure: input.label, cycle: input.cycle });
  const shownLegend = legend(model, text);
  return {
    title,
    summary: summary(model, members, scored, text),
    members: new Map(members.map((member) => [member.code, member])),
    undrawn: members.filter((member) => !drawnMembers.has(member.code)),
    legend: shownLegend,
    footnote: i18n.t('footer.illustrative'),
    file: { measure: input.fileMeasure, group: 'map', cycles: [input.cycle, input.cycle] },
    measure: input.code,
    swatches: [
      ...shownLegend.map((item) => ({ label: item.label, color: `var(--rating-${item.colour})` })),
      { label: m('map.noData'), color: 'var(--rating-none)' },
      { label: m('map.notMember'), color: 'var(--map-outside)' },
    ],
    table: {
      caption: title,
      rows: members,
      rowKey: (member) => member.code,
      columns: [
        { key: 'code', header: m('table.code'), csvOnly: true, cell: (member) => member.code },
        { key: 'member', header: m('map.member'), cell: (member) => member.name },
        { key: 'region', header: m('map.region'), cell: (member) => member.region },
        {
          key: 'value',
          header: i18n.t('table.value'),
          numeric: true,
          cell: (member) => member.value,
          value: (member) => member.raw,
        },
        {
          key: 'rating',
          header: i18n.t('table.rating'),
          cell: (member) => member.rating?.name ?? '—',
          value: (member) => member.rating?.name ?? null,
        },
        { key: 'coverage', header: i18n.t('table.coverage'), cell: (member) => member.reported },
        { key: 'provenance', header: m('map.provenanceHeader'), cell: (member) => member.provenance },
      ],
    },
  };
}
