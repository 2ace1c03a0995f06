// One card per programme area: the Member's score, rating and trend, the region and world averages, and a
// small history chart of the three.
import { ChartLegend } from '@/components/ui/chart-legend';
import { LineChart } from '@/components/ui/chart';
import { RatingBadge } from '@/components/ui/rating-badge';
import { TrendLabel } from '@/components/ui/trend-label';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { scorecardMessages } from './messages';
import type { AreaScore, ScorecardModel } from './scorecard-model';

export function AreaCards({ model }: { readonly model: ScorecardModel }) {
  const t = useMessages(scorecardMessages);
  return (
    <section className="scorecard__section" aria-labelledby="scorecard-areas">
      <h2 id="scorecard-areas">{t('areas.title')}</h2>
      <p className="scorecard__lead">{t('areas.lead', { cycle: model.cycle })}</p>
      <div aria-hidden="true">
        <ChartLegend config={model.series} />
      </div>
      <ul className="area-cards">
        {model.areas.map((card) => (
          <li key={card.code} className="area-card">
            <h3 className="area-card__title">
              <span className="code">{card.code}</span> {card.name}
            </h3>
            {card.score ? (
              <AreaScoreView score={card.score} model={model} />
            ) : (
              <p className="area-card__none">{t('area.noScore')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AreaScoreView({ score, model }: { readonly score: AreaScore; readonly model: ScorecardModel }) {
  const t = useMessages(scorecardMessages);
  const { fmt } = useI18n();
  const { figures } = score;
  return (
    <>
      <p className="area-card__score">
        <span className={figures.value === null ? 'area-card__missing' : 'area-card__number'}>{score.value}</span>{' '}
        {figures.rating ? <RatingBadge code={figures.rating.code} label={figures.rating.name} /> : null}
      </p>
      <p className="area-card__trend">
        <TrendLabel direction={figures.trend.direction} label={figures.trend.label} />
        {figures.change ? ` · ${figures.change}` : null}
      </p>
      <dl className="area-card__averages">
        <div>
          <dt>{t('area.region', { region: model.regionName })}</dt>
          <dd>{figures.region.value}</dd>
        </div>
        <div>
          <dt>{t('area.world')}</dt>
          <dd>{figures.world.value}</dd>
        </div>
      </dl>
      <figure className="area-card__chart" aria-label={score.chartLabel}>
        <div aria-hidden="true">
          <LineChart data={figures.history} config={model.series} formatValue={fmt.score} height={120} decorative />
        </div>
        <figcaption className="visually-hidden">{score.chartSummary}</figcaption>
      </figure>
    </>
  );
}
