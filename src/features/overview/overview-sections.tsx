// The Overview's sections below the headline: adoption of key measures, the Index by region, the programme
// areas, and where to go next.
import { Link } from 'react-router';
import { ChartFrame } from '@/components/ui/chart-frame';
import { seriesColor, SERIES_MARKERS, type ChartConfig, type ChartRow } from '@/lib/chart/chart-config';
import { DataTable } from '@/components/ui/data-table';
import { ChartLegend } from '@/components/ui/chart-legend';
import { LineChart } from '@/components/ui/line-chart';
import { RatingBadge } from '@/components/ui/rating-badge';
import { Stat } from '@/components/ui/stat';
import { TrendLabel } from '@/components/ui/trend-label';
import type { Region } from '@/domain/types';
import { type I18n, useMessages } from '@/lib/i18n/i18n';
import { type Translate } from '@/lib/i18n/messages';
import { overviewMessages } from './messages';
import type { AreaBreakdown, OverviewModel, RegionSeries } from './overview-model';
import './overview.css';

type Keys = keyof (typeof overviewMessages)['en'];
interface SectionProps {
  readonly model: OverviewModel;
  readonly i18n: I18n;
}

export function OverviewSections({ model, i18n }: SectionProps) {
  const m = useMessages(overviewMessages);
  return (
    <>
      <KeyMeasures model={model} i18n={i18n} m={m} />
      <RegionChart model={model} i18n={i18n} m={m} />
      <AreaTable model={model} i18n={i18n} m={m} />
      <nav className="overview-links" aria-label={m('links.title')}>
        <Link to="/explore">{m('links.explore')} →</Link>
        <Link to="/transitions">{m('links.transitions', { baseline: model.baselineCycle })} →</Link>
      </nav>
    </>
  );
}

type Props = SectionProps & { readonly m: Translate<Keys> };

function KeyMeasures({ model, i18n, m }: Props) {
  const { fmt, t } = i18n;
  const baseline = model.baselineCycle;
  return (
    <section className="overview-section" aria-labelledby="key-measures">
      <h2 id="key-measures">{m('key.title')}</h2>
      <p className="overview-section__lead">{m('key.lead', { cycle: model.cycle, baseline })}</p>
      <dl className="stats">
        {model.keyMeasures.map(({ indicator, now, baseline: then }) => (
          <Stat
            key={indicator.code}
            label={m(`key.${indicator.code}` as Keys)}
            value={now.rate === null ? t('coverage.insufficient', { n: now.n, of: now.of }) : fmt.percent(now.rate)}
            note={
              <>
                {then.rate === null
                  ? m('key.wasInsufficient', { baseline })
                  : m('key.was', { share: fmt.percent(then.rate), baseline })}
                {' · '}
                {m('key.coverage', { n: fmt.integer(now.n), of: fmt.integer(now.of) })}
              </>
            }
          />
        ))}
      </dl>
    </section>
  );
}

function RegionChart({ model, i18n, m }: Props) {
  const { fmt, t, name } = i18n;
  const first = model.series[0]?.cycle ?? model.baselineCycle;
  const last = model.series.at(-1)?.cycle ?? model.cycle;
  const config: Record<string, ChartConfig[string]> = {
    WORLD: {
      label: m('regions.world'),
      short: m('regions.world'),
      color: '--series-world',
      dashed: true,
      marker: 'ring',
    },
  };
  model.regions.forEach(({ region }, i) => {
    config[region.code] = {
      label: name(region.name),
      short: region.code,
      color: seriesColor(i),
      marker: SERIES_MARKERS[i % SERIES_MARKERS.length] ?? 'circle',
    };
  });
  const rows: ChartRow[] = model.series.map((point, i) => {
    const row: Record<string, number | null> = { cycle: point.cycle, WORLD: point.value };
    for (const { region, series } of model.regions) row[region.code] = series[i]?.value ?? null;
    return row as ChartRow;
  });
  const extremes = regionExtremes(model.regions, model.cycle);
  const world = model.worldIndex?.value;
  const summary =
    extremes && world != null
      ? m('regions.summary', {
          cycle: model.cycle,
          high: fmt.score(extremes.high.value),
          highName: name(extremes.high.region.name),
          low: fmt.score(extremes.low.value),
          lowName: name(extremes.low.region.name),
          world: fmt.score(world),
        })
      : m('regions.summaryShort', { cycle: model.cycle });
  const title = m('regions.title', { first, last });
  const groups = [{ code: 'WORLD', label: m('regions.world'), series: model.series }].concat(
    model.regions.map(({ region, series }) => ({ code: region.code, label: name(region.name), series })),
  );
  type Group = (typeof groups)[number];
  return (
    <ChartFrame
      title={title}
      subtitle={m('regions.subtitle')}
      summary={summary}
      showTableLabel={t('chart.showTable')}
      hideTableLabel={t('chart.hideTable')}
      footnote={t('footer.illustrative')}
      config={config}
      file={{ measure: 'security-index', group: 'regions', cycles: [first, last] }}
      table={{
        caption: title,
        rows: groups,
        rowKey: (group: Group) => group.code,
        columns: [
          { key: 'name', header: m('regions.series'), cell: (group) => group.label },
          ...model.series.flatMap((point, i) => [
            {
              key: String(point.cycle),
              header: String(point.cycle),
              numeric: true,
              cell: (group: Group) => {
                const value = group.series[i];
                return value?.value == null ? (
                  <abbr title={t('trend.insufficient')}>—</abbr>
                ) : (
                  <span title={t('coverage', { n: value.aggregate.n, of: value.aggregate.of })}>
                    {fmt.score(value.value)}
                  </span>
                );
              },
              value: (group: Group) => group.series[i]?.value ?? null,
            },
            {
              // On screen the coverage is each value's tooltip; the CSV gives it a column of its own.
              key: `${point.cycle}-coverage`,
              header: `${point.cycle} · ${t('table.coverage')}`,
              csvOnly: true,
              cell: (group: Group) => {
                const value = group.series[i];
                return value ? t('coverage', { n: value.aggregate.n, of: value.aggregate.of }) : '';
              },
            },
          ]),
        ],
      }}
    >
      <LineChart data={rows} config={config} formatValue={fmt.score} endLabels height={360} />
      <ChartLegend config={config} />
    </ChartFrame>
  );
}

function AreaTable({ model, i18n, m }: Props) {
  const { fmt, t, name } = i18n;
  const baseline = model.baselineCycle;
  return (
    <section className="overview-section" aria-labelledby="areas">
      <h2 id="areas">{m('areas.title', { cycle: model.cycle })}</h2>
      <p className="overview-section__lead">{m('areas.lead', { baseline })}</p>
      <DataTable<AreaBreakdown>
        table={{
          caption: m('areas.title', { cycle: model.cycle }),
          rows: model.areas,
          rowKey: (row) => row.area.code,
          columns: [
            { key: 'area', header: m('areas.area'), cell: (row) => name(row.area.name) },
            {
              key: 'score',
              header: m('areas.score', { cycle: model.cycle }),
              numeric: true,
              cell: (row) =>
                row.now?.value == null ? (
                  t('coverage.insufficient', { n: row.now?.aggregate.n ?? 0, of: row.now?.aggregate.of ?? 0 })
                ) : (
                  <span className="area-score">
                    <span className="area-score__bar" style={{ width: `${(row.now.value / 20).toFixed(2)}rem` }} />
                    {fmt.score(row.now.value)}
                  </span>
                ),
            },
            {
              key: 'rating',
              header: t('table.rating'),
              cell: (row) => (
                <RatingBadge
                  code={row.rating?.code ?? null}
                  label={row.rating ? name(row.rating.name) : t('trend.insufficient')}
                />
              ),
            },
            {
              key: 'change',
              header: m('areas.change', { baseline }),
              numeric: true,
              cell: (row) => (row.change ? fmt.change(row.change.change) : m('areas.noChange')),
            },
            {
              key: 'trend',
              header: m('areas.trend'),
              cell: (row) => <TrendLabel direction={row.trend.direction} label={t(`trend.${row.trend.direction}`)} />,
            },
            {
              key: 'coverage',
              header: t('table.coverage'),
              cell: (row) => (row.now ? t('coverage', { n: row.now.aggregate.n, of: row.now.aggregate.of }) : '—'),
            },
          ],
        }}
      />
    </section>
  );
}

/** The highest and lowest region by Index in a cycle, among regions with a value. */
export function regionExtremes(
  regions: readonly RegionSeries[],
  cycle: number,
): { high: { region: Region; value: number }; low: { region: Region; value: number } } | null {
  const known = regions
    .map(({ region, series }) => ({ region, value: series.find((point) => point.cycle === cycle)?.value ?? null }))
    .filter((entry): entry is { region: Region; value: number } => entry.value !== null)
    .sort((a, b) => b.value - a.value);
  const high = known[0];
  const low = known.at(-1);
  return high && low && known.length > 1 ? { high, low } : null;
}
