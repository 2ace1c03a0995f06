// The Security Index at a glance (value, rating, trend, change, region and world averages, rank in the region)
// and its history beside the region's and the world's.
import { ChartFrame } from '@/components/ui/chart-frame';
import { paint, type ChartConfig } from '@/lib/chart/chart-config';
import { LineChart } from '@/components/ui/line-chart';
import { RatingBadge } from '@/components/ui/rating-badge';
import { Stat } from '@/components/ui/stat';
import { TrendLabel } from '@/components/ui/trend-label';
import type { Aggregate } from '@/domain/aggregates';
import { knownPoints } from '@/domain/trends';
import type { HistoryRow, ScorecardModel } from './scorecard-model';
import { formatAverage, type ScorecardText } from './scorecard-text';

interface Props {
  readonly model: ScorecardModel;
  readonly text: ScorecardText;
}

export function IndexSummary({ model, text }: Props) {
  const { t, i18n } = text;
  const { index, rank, cycle } = model;
  const regionName = model.region ? i18n.name(model.region.name) : model.member.region;
  return (
    <dl className="stats scorecard__stats">
      <Stat
        label={t('index.label', { cycle })}
        value={
          index.value === null ? (
            t('index.none')
          ) : (
            <>
              <span className="stat__number">{i18n.fmt.score(index.value)}</span>{' '}
              <RatingBadge code={index.rating?.code ?? null} label={index.rating ? i18n.name(index.rating.name) : ''} />
            </>
          )
        }
        note={
          <>
            <TrendLabel direction={index.trend.direction} label={i18n.t(`trend.${index.trend.direction}`)} />
            {' · '}
            {index.change
              ? t('index.change', {
                  change: i18n.fmt.change(index.change.change),
                  baseline: index.change.baseline.cycle,
                })
              : t('index.noChange', { baseline: model.baselineCycle })}
          </>
        }
      />
      <AverageStat
        label={t('region.label', { region: regionName, cycle })}
        aggregate={index.region}
        {...{ model, text }}
      />
      <AverageStat label={t('world.label', { cycle })} aggregate={index.world} {...{ model, text }} />
      <Stat
        label={t('rank.label', { cycle })}
        value={rank ? t('rank.value', { rank: rank.rank, of: rank.of }) : t('rank.none')}
        note={
          rank ? (
            <>
              {t('rank.note', { of: rank.of, size: rank.regionSize, region: regionName, cycle })}
              {rank.tiedWith === 1 ? ` ${t('rank.tiedOne')}` : null}
              {rank.tiedWith > 1 ? ` ${t('rank.tiedMany', { n: rank.tiedWith })}` : null}
            </>
          ) : (
            t('rank.noneNote', { cycle })
          )
        }
      />
    </dl>
  );
}

function AverageStat({
  label,
  aggregate,
  model,
  text,
}: Props & { readonly label: string; readonly aggregate: Aggregate }) {
  const { i18n } = text;
  const own = model.index.value;
  return (
    <Stat
      label={label}
      value={
        <span className={aggregate.value === null ? 'stat__insufficient' : undefined}>
          {formatAverage(text, aggregate)}
        </span>
      }
      note={
        <>
          {i18n.t('coverage', { n: aggregate.n, of: aggregate.of })}
          {own !== null && aggregate.value !== null ? ` · ${gapText(text, model, own - aggregate.value)}` : null}
        </>
      }
    />
  );
}

/** How far the Member is from an average, in words, on the rounded figures a reader sees. */
function gapText(text: ScorecardText, model: ScorecardModel, gap: number): string {
  const { t, i18n } = text;
  const member = i18n.name(model.member.name);
  const shown = i18n.fmt.score(Math.abs(gap));
  if (shown === i18n.fmt.score(0)) return t('average.level', { member });
  return t(gap > 0 ? 'average.above' : 'average.below', { member, gap: shown });
}

export function seriesConfig(model: ScorecardModel, text: ScorecardText): ChartConfig {
  const { t, i18n } = text;
  return {
    member: { label: i18n.name(model.member.name), color: '--series-1' },
    region: { label: model.region ? i18n.name(model.region.name) : model.member.region, color: '--series-2' },
    world: { label: t('chart.world'), color: '--series-3' },
  };
}

export function ChartLegend({ config }: { readonly config: ChartConfig }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {Object.entries(config).map(([key, series]) => (
        <li key={key}>
          <span
            className={`chart-legend__swatch chart-legend__swatch--${key}`}
            style={{ background: paint(series.color) }}
          />
          {series.label}
        </li>
      ))}
    </ul>
  );
}

export function IndexChart({ model, text }: Props) {
  const { t, i18n } = text;
  const config = seriesConfig(model, text);
  const first = model.cycles[0] ?? model.baselineCycle;
  const last = model.cycles.at(-1) ?? model.cycle;
  const name = i18n.name(model.member.name);
  const title = t('chart.title', { member: name, first, last });
  const score = (value: number | null) => (value === null ? '—' : i18n.fmt.score(value));
  return (
    <ChartFrame
      title={title}
      subtitle={t('chart.subtitle', { region: config.region?.label ?? '' })}
      summary={indexSummary(model, text)}
      showTableLabel={i18n.t('chart.showTable')}
      hideTableLabel={i18n.t('chart.hideTable')}
      footnote={
        <>
          {t('chart.footnote')} {i18n.t('footer.illustrative')}
        </>
      }
      config={config}
      file={{ measure: 'security-index', group: model.member.code, cycles: [first, last] }}
      table={{
        caption: title,
        rows: model.index.history,
        rowKey: (row: HistoryRow) => String(row.cycle),
        columns: [
          { key: 'cycle', header: i18n.t('table.cycle'), cell: (row) => row.cycle },
          ...(['member', 'region', 'world'] as const).map((key) => ({
            key,
            header: config[key]?.label ?? '',
            numeric: true,
            cell: (row: HistoryRow) => score(row[key]),
            value: (row: HistoryRow) => row[key],
          })),
        ],
      }}
    >
      <LineChart data={model.index.history} config={config} formatValue={i18n.fmt.score} height={260} />
      <ChartLegend config={config} />
    </ChartFrame>
  );
}

function indexSummary(model: ScorecardModel, text: ScorecardText): string {
  const { t, i18n } = text;
  const { change, rating } = model.index;
  const member = i18n.name(model.member.name);
  const averages = {
    region: model.region ? i18n.name(model.region.name) : model.member.region,
    regionValue: formatAverage(text, model.index.region),
    worldValue: formatAverage(text, model.index.world),
  };
  if (!change || !rating) {
    const known = knownPoints(model.index.history.map((row) => ({ cycle: row.cycle, value: row.member })));
    const first = known[0];
    const last = known.filter((point) => point.cycle <= model.cycle).at(-1);
    if (!first || !last || first.cycle === last.cycle) return t('chart.summaryShort', { member });
    return t('chart.summaryFrom', {
      member,
      from: i18n.fmt.score(first.value),
      first: first.cycle,
      to: i18n.fmt.score(last.value),
      last: last.cycle,
      ...averages,
    });
  }
  return t('chart.summary', {
    member,
    from: i18n.fmt.score(change.baseline.value),
    first: change.baseline.cycle,
    to: i18n.fmt.score(change.latest.value),
    last: change.latest.cycle,
    change: i18n.fmt.change(change.change),
    rating: i18n.name(rating.name).toLowerCase(),
    ...averages,
  });
}
