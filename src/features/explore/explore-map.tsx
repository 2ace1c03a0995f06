// The Map tab (loaded on demand): a world choropleth of the measure in one cycle, coloured by rating (or by
// quintile for counts), with a legend in words, the Members too small to draw listed beside it, and the value,
// coverage and provenance of the Member under the pointer or the keyboard focus.
import { useQuery } from '@tanstack/react-query';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { datasetQueryOptions } from '@/api/dataset';
import { DataTable } from '@/components/ui/data-table';
import { hasRating } from '@/domain/measures';
import { type Dataset, type Measure } from '@/domain/types';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import { CycleSelect } from './explore-controls';
import { tickFormatter, valueFormatter } from './explore-format';
import { ISO_NUMERIC, SHAPE_BY_NAME } from './iso-numeric';
import { selectMapModel, type MapEntry, type MapModel } from './map-model';
import type { ExploreMessageKey } from './messages';

const WIDTH = 960;
const HEIGHT = 470;

interface Shape {
  readonly id: string | undefined;
  readonly name: string;
  readonly d: string;
}

// Projected once per page load: the atlas and the projection never change.
const shapes: readonly Shape[] = (() => {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  // Antarctica has no Member and takes a fifth of the height.
  const drawn = collection.features.filter((item: Feature<Geometry, { name: string }>) => item.id !== '010');
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features: drawn });
  const path = geoPath(projection);
  return drawn.map((item) => ({
    id: item.id === undefined ? undefined : String(item.id),
    name: item.properties.name,
    d: path(item) ?? '',
  }));
})();

/** The Member code a shape stands for, if any. */
function memberOfShape(members: ReadonlyMap<string, string>, shape: Shape): string | undefined {
  return shape.id === undefined ? members.get(`name:${shape.name}`) : members.get(shape.id);
}

function shapeIndex(): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const [code, numeric] of Object.entries(ISO_NUMERIC)) index.set(numeric, code);
  for (const [code, name] of Object.entries(SHAPE_BY_NAME)) index.set(`name:${name}`, code);
  return index;
}
const shapeMembers = shapeIndex();
const drawnMembers = new Set(shapes.map((shape) => memberOfShape(shapeMembers, shape)));

interface ExploreMapProps {
  readonly measure: Measure;
  readonly measureLabel: string;
  readonly cycle: number;
  readonly cycles: readonly number[];
  readonly onCycleChange: (cycle: number) => void;
  readonly i18n: I18n;
  readonly m: Translate<ExploreMessageKey>;
}

export function ExploreMap({ measure, measureLabel, cycle, cycles, onCycleChange, i18n, m }: ExploreMapProps) {
  const select = useCallback((dataset: Dataset) => selectMapModel(dataset, measure, cycle), [measure, cycle]);
  const { data: model } = useQuery({ ...datasetQueryOptions(), select });
  const [active, setActive] = useState<string | null>(null);
  if (!model) return null;
  const format = valueFormatter(hasRating(measure) ? 'score' : 'count', 'value', i18n);
  const entries = [...model.entries.values()].sort((a, b) =>
    i18n.name(a.member.name).localeCompare(i18n.name(b.member.name), i18n.lang),
  );
  const undrawn = entries.filter((entry) => !drawnMembers.has(entry.member.code));
  const activeEntry = active === null ? undefined : model.entries.get(active);
  const title = m('map.title', { measure: measureLabel, cycle });
  return (
    <section className="chart-frame explore-map" aria-labelledby="explore-map-title" data-map-ready="true">
      <div className="explore-map__head">
        <h2 id="explore-map-title" className="chart-frame__title">
          {title}
        </h2>
        <CycleSelect label={m('map.cycle')} cycles={cycles} value={cycle} onChange={onCycleChange} />
      </div>
      <p className="chart-frame__subtitle">{m('map.hint')}</p>
      <div className="explore-map__body">
        <div>
          <svg
            className="explore-map__svg"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="group"
            aria-label={title}
            onMouseLeave={() => {
              setActive(null);
            }}
          >
            {shapes.map((shape, i) => {
              const code = memberOfShape(shapeMembers, shape);
              const entry = code === undefined ? undefined : model.entries.get(code);
              if (!entry) {
                return <path key={i} d={shape.d} className="explore-map__shape explore-map__shape--outside" />;
              }
              return (
                <Link
                  key={i}
                  to={`/members/${entry.member.code}`}
                  aria-label={entryLabel(entry, format, i18n, m)}
                  onMouseEnter={() => {
                    setActive(entry.member.code);
                  }}
                  onFocus={() => {
                    setActive(entry.member.code);
                  }}
                >
                  <path
                    d={shape.d}
                    className={`explore-map__shape explore-map__shape--${entry.colour ?? 'none'}${
                      active === entry.member.code ? ' explore-map__shape--active' : ''
                    }`}
                  />
                </Link>
              );
            })}
          </svg>
          <h3 className="explore-map__heading">{m('map.noShape')}</h3>
          <ul className="explore-map__undrawn">
            {undrawn.map((entry) => (
              <li key={entry.member.code}>
                <Link to={`/members/${entry.member.code}`}>{i18n.name(entry.member.name)}</Link>:{' '}
                {entry.value === null ? m('map.noData') : format(entry.value)}
                {entry.rating ? ` · ${i18n.name(entry.rating.name)}` : null}
              </li>
            ))}
          </ul>
        </div>
        <aside className="explore-map__side">
          <div className="explore-map__info" aria-live="polite">
            {activeEntry ? <EntryDetails entry={activeEntry} format={format} i18n={i18n} m={m} /> : null}
          </div>
          <Legend model={model} i18n={i18n} m={m} />
        </aside>
      </div>
      <p className="chart-frame__summary">{mapSummary(model, measure, i18n, m)}</p>
      <details className="explore-map__table">
        <summary>{i18n.t('chart.showTable')}</summary>
        <DataTable<MapEntry>
          table={{
            caption: title,
            rows: entries,
            rowKey: (entry) => entry.member.code,
            columns: [
              { key: 'member', header: m('map.member'), cell: (entry) => i18n.name(entry.member.name) },
              { key: 'region', header: m('map.region'), cell: (entry) => entry.member.region },
              {
                key: 'value',
                header: i18n.t('table.value'),
                numeric: true,
                cell: (entry) => (entry.value === null ? m('map.noData') : format(entry.value)),
              },
              {
                key: 'rating',
                header: i18n.t('table.rating'),
                cell: (entry) => (entry.rating ? i18n.name(entry.rating.name) : '—'),
              },
              {
                key: 'coverage',
                header: i18n.t('table.coverage'),
                cell: (entry) =>
                  m('map.reported', { reported: entry.evidence.reported, expected: entry.evidence.expected }),
              },
              { key: 'provenance', header: m('map.provenanceHeader'), cell: (entry) => provenance(entry, i18n, m) },
            ],
          }}
        />
      </details>
      <p className="chart-frame__footnote">{i18n.t('footer.illustrative')}</p>
    </section>
  );
}

function entryLabel(entry: MapEntry, format: (value: number) => string, i18n: I18n, m: Translate<ExploreMessageKey>) {
  const value = entry.value === null ? m('map.noData') : format(entry.value);
  const band = entry.rating ? `, ${i18n.name(entry.rating.name)}` : '';
  return `${i18n.name(entry.member.name)}: ${value}${band}`;
}

function provenance(entry: MapEntry, i18n: I18n, m: Translate<ExploreMessageKey>): string {
  const { evidence } = entry;
  if (evidence.reported === 0) return '—';
  const parts = [m('map.provenance', { validated: evidence.validated, self: evidence.selfReported })];
  if (evidence.submitted) parts.push(m('map.submitted', { date: i18n.fmt.date(evidence.submitted) }));
  if (evidence.provisional > 0) parts.push(m('map.provisional'));
  return parts.join(' · ');
}

function EntryDetails({
  entry,
  format,
  i18n,
  m,
}: {
  readonly entry: MapEntry;
  readonly format: (value: number) => string;
  readonly i18n: I18n;
  readonly m: Translate<ExploreMessageKey>;
}) {
  return (
    <dl className="explore-map__details">
      <dt>{i18n.name(entry.member.name)}</dt>
      <dd className="explore-map__value">
        {entry.value === null ? m('map.noData') : format(entry.value)}
        {entry.rating ? (
          <span className={`rating-badge rating-badge--${entry.rating.code}`}>{i18n.name(entry.rating.name)}</span>
        ) : null}
      </dd>
      <dd>{m('map.reported', { reported: entry.evidence.reported, expected: entry.evidence.expected })}</dd>
      <dd>{provenance(entry, i18n, m)}</dd>
    </dl>
  );
}

function Legend({
  model,
  i18n,
  m,
}: {
  readonly model: MapModel;
  readonly i18n: I18n;
  readonly m: Translate<ExploreMessageKey>;
}) {
  const tick = tickFormatter(i18n.lang);
  return (
    <>
      <h3 className="explore-map__heading">{m('map.legend')}</h3>
      <ul className="explore-map__legend">
        {model.legend.map((item) => (
          <li key={item.colour}>
            <span className={`explore-map__swatch explore-map__shape--${item.colour}`} aria-hidden="true" />
            {item.kind === 'rating'
              ? `${i18n.name(item.band.name)} (${bandRange(model, item.band.min)})`
              : m('map.classRange', { low: tick(item.low), high: tick(item.high) })}
          </li>
        ))}
        <li>
          <span className="explore-map__swatch explore-map__shape--none" aria-hidden="true" />
          {m('map.noData')}
        </li>
        <li>
          <span className="explore-map__swatch explore-map__shape--outside" aria-hidden="true" />
          {m('map.notMember')}
        </li>
      </ul>
    </>
  );
}

/** A band's range in whole points, as the methodology writes it: 0–19, 20–39 … 80–100. */
function bandRange(model: MapModel, min: number): string {
  const next = model.legend.find((item) => item.kind === 'rating' && item.band.min > min);
  return next?.kind === 'rating' ? `${String(min)}–${String(next.band.min - 1)}` : `${String(min)}–100`;
}

function mapSummary(model: MapModel, measure: Measure, i18n: I18n, m: Translate<ExploreMessageKey>): string {
  const count = model.withValue;
  if (!hasRating(measure)) return m('map.summary', { count, cycle: model.cycle });
  const counts = new Map<string, { n: number; name: string }>();
  for (const entry of model.entries.values()) {
    if (!entry.rating) continue;
    const current = counts.get(entry.rating.code) ?? { n: 0, name: i18n.name(entry.rating.name) };
    counts.set(entry.rating.code, { ...current, n: current.n + 1 });
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return top
    ? m('map.summaryScore', { count, cycle: model.cycle, top: top.n, rating: top.name.toLowerCase() })
    : m('map.summary', { count, cycle: model.cycle });
}
