// The Security Index at a glance (value, rating, trend, change, region and world averages, rank in the region)
// and its history beside the region's and the world's.
import { ChartFrame } from '@/components/ui/chart-frame';
import { ChartLegend } from '@/components/ui/chart-legend';
import { LineChart } from '@/components/ui/chart';
import { RatingBadge } from '@/components/ui/rating-badge';
import { Stat } from '@/components/ui/stat';
import { TrendLabel } from '@/components/ui/trend-label';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { scorecardMessages } from './messages';
import type { AverageFigure } from './score-figures';
import type { ScorecardHead } from './scorecard-model';

interface Props {
  readonly model: ScorecardHead;
}

export function IndexSummary({ model }: Props) {
  const t = useMessages(scorecardMessages);
  const { index, cycle } = model;
  return (
    <dl className="stats scorecard__stats">
      <Stat
        label={t('index.label', { cycle })}
        value={
          index.value === null ? (
            t('index.none')
          ) : (
            <>
              <span className="stat__number">{index.value}</span>{' '}
              <RatingBadge code={index.rating?.code ?? null} label={index.rating?.name ?? ''} />
            </>
          )
        }
        note={
          <>
            <TrendLabel direction={index.trend.direction} label={index.trend.label} />
            {' · '}
            {model.indexChange}
          </>
        }
      />
      <AverageStat label={t('region.label', { region: model.regionName, cycle })} average={index.region} />
      <AverageStat label={t('world.label', { cycle })} average={index.world} />
      <Stat label={t('rank.label', { cycle })} value={model.rank.value} note={model.rank.note} />
    </dl>
  );
}

function AverageStat({ label, average }: { readonly label: string; readonly average: AverageFigure }) {
  return (
    <Stat
      label={label}
      value={
        <span className={average.aggregate.value === null ? 'stat__insufficient' : undefined}>{average.value}</span>
      }
      note={average.gap ? `${average.coverage} · ${average.gap}` : average.coverage}
    />
  );
}

export function IndexChart({ model }: Props) {
  const { fmt } = useI18n();
  return (
    <ChartFrame {...model.chart} embed={{}}>
      <LineChart data={model.index.history} formatValue={fmt.score} height={260} />
      <ChartLegend />
    </ChartFrame>
  );
}
