// The Map tab (loaded on demand): a world choropleth of the measure in one cycle, coloured by rating (or by
// quintile for counts), with a legend in words, the Members too small to draw listed beside it, and the value,
// coverage and provenance of the Member under the pointer or the keyboard focus. Drawing only: map-view.ts
// says what to draw.
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { DownloadButton } from '@/components/ui/download-button';
import { Select } from '@/components/ui/select';
import type { Measure } from '@/domain/types';
import { useDatasetView } from '@/lib/dataset-view';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { tableCells } from '@/lib/table/table-cells';
import { cycleChoices } from './explore-choices';
import { MAP_HEIGHT, MAP_WIDTH, shapes } from './map-shapes';
import { selectMapView, type MapMember, type MapView } from './map-view';
import { exploreMessages } from './messages';

interface ExploreMapProps {
  readonly measure: Measure;
  readonly label: string;
  /** The measure's code and its name in file names (the explorer model's `map`). */
  readonly code: string;
  readonly fileMeasure: string;
  readonly cycle: number;
  readonly cycles: readonly number[];
  readonly onCycleChange: (cycle: number) => void;
}

export function ExploreMap({ cycles, onCycleChange, ...props }: ExploreMapProps) {
  const { measure, label, code, fileMeasure, cycle } = props;
  const m = useMessages(exploreMessages);
  const { t, lang } = useI18n();
  const input = useMemo(
    () => ({ measure, label, code, fileMeasure, cycle, lang }),
    [measure, label, code, fileMeasure, cycle, lang],
  );
  const { data: view } = useDatasetView(selectMapView, input);
  const [active, setActive] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  if (!view) return null;
  const activeMember = active === null ? undefined : view.members.get(active);
  // The chart export pipeline, with the map's own surface and a legend of colour swatches.
  const request = () =>
    Promise.resolve({
      figure: section.current,
      surface: 'svg.explore-map__svg',
      swatches: view.swatches,
      title: view.title,
      // The on-screen hint (hover, focus) means nothing on paper: the file says what the map shows instead.
      subtitle: view.summary,
      legend: {},
      file: view.file,
      lang,
      measure: view.measure,
      table: tableCells(view.table),
    });
  return (
    <section
      ref={section}
      className="chart-frame explore-map"
      aria-labelledby="explore-map-title"
      data-map-ready="true"
    >
      <div className="explore-map__head">
        <h2 id="explore-map-title" className="chart-frame__title">
          {view.title}
        </h2>
        <Select
          label={m('map.cycle')}
          choices={cycleChoices(cycles)}
          value={String(cycle)}
          onChange={(next) => {
            onCycleChange(Number(next));
          }}
        />
      </div>
      <p className="chart-frame__subtitle">{m('map.hint')}</p>
      <div className="explore-map__body">
        <div>
          <MapShapes view={view} active={active} onActive={setActive} />
          <h3 className="explore-map__heading" id="explore-map-undrawn">
            {m('map.noShape')}
          </h3>
          <ul className="explore-map__undrawn" aria-labelledby="explore-map-undrawn">
            {view.undrawn.map((member) => (
              <li key={member.code}>
                <Link to={`/members/${member.code}`}>{member.name}</Link>: {member.value}
                {member.rating ? ` · ${member.rating.name}` : null}
              </li>
            ))}
          </ul>
        </div>
        <aside className="explore-map__side">
          <div className="explore-map__info" aria-live="polite">
            {activeMember ? <MemberDetails member={activeMember} /> : null}
          </div>
          <h3 className="explore-map__heading">{m('map.legend')}</h3>
          <ul className="explore-map__legend">
            {view.legend.map((item) => (
              <li key={item.colour}>
                <span className={`explore-map__swatch explore-map__shape--${item.colour}`} aria-hidden="true" />
                {item.label}
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
        </aside>
      </div>
      <p className="chart-frame__summary">{view.summary}</p>
      <div className="chart-frame__actions">
        <DownloadButton request={request} share={{ title: view.title, embed: undefined }} />
      </div>
      <details className="explore-map__table">
        <summary>{t('chart.showTable')}</summary>
        <DataTable table={view.table} />
      </details>
      <p className="chart-frame__footnote">{view.footnote}</p>
    </section>
  );
}

interface MapShapesProps {
  readonly view: MapView;
  readonly active: string | null;
  readonly onActive: (code: string | null) => void;
}

function MapShapes({ view, active, onActive }: MapShapesProps) {
  const m = useMessages(exploreMessages);
  return (
    <svg
      className="explore-map__svg"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-label={m('map.label', { title: view.title })}
      onMouseLeave={() => {
        onActive(null);
      }}
    >
      {shapes.map((shape, i) => {
        const member = shape.member === undefined ? undefined : view.members.get(shape.member);
        if (!member) return <path key={i} d={shape.d} className="explore-map__shape explore-map__shape--outside" />;
        const highlight = active === member.code ? ' explore-map__shape--active' : '';
        return (
          <Link
            key={i}
            to={`/members/${member.code}`}
            aria-label={member.label}
            onMouseEnter={() => {
              onActive(member.code);
            }}
            onFocus={() => {
              onActive(member.code);
            }}
          >
            <path
              d={shape.d}
              data-member={member.code}
              className={`explore-map__shape explore-map__shape--${member.colour ?? 'none'}${highlight}`}
            />
          </Link>
        );
      })}
    </svg>
  );
}

function MemberDetails({ member }: { readonly member: MapMember }) {
  return (
    <dl className="explore-map__details">
      <dt>{member.name}</dt>
      <dd className="explore-map__value">
        {member.value}
        {member.rating ? (
          <span className={`rating-badge rating-badge--${member.rating.code}`}>{member.rating.name}</span>
        ) : null}
      </dd>
      <dd>{member.reported}</dd>
      <dd>{member.provenance}</dd>
    </dl>
  );
}
