// One card per programme area: the Member's score, rating and trend, the region and world averages, and a
// small history chart of the three.
import { LineChart } from '@/components/ui/line-chart';
import { RatingBadge } from '@/components/ui/rating-badge';
import { TrendLabel } from '@/components/ui/trend-label';
import type { AreaCard, MeasureSummary, ScorecardModel } from './scorecard-model';
import { ChartLegend, seriesConfig } from './index-summary';
import { formatAverage, type ScorecardText } from './scorecard-text';

interface Props {
  readonly model: ScorecardModel;
  readonly text: ScorecardText;
}

export function AreaCards({ model, text }: Props) {
  const { t } = text;
  return (
    <section className="scorecard__section" aria-labelledby="scorecard-areas">
      <h2 id="scorecard-areas">{t('areas.title')}</h2>
      <p className="scorecard__lead">{t('areas.lead', { cycle: model.cycle })}</p>
      <ChartLegend config={seriesConfig(model, text)} />
      <ul className="area-cards">
        {model.areas.map((card) => (
          <li key={card.area.code} className="area-card">
            <AreaCardView card={card} model={model} text={text} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function AreaCardView({ card, model, text }: Props & { readonly card: AreaCard }) {
  const { t, i18n } = text;
  const name = i18n.name(card.area.name);
  return (
    <>
      <h3 className="area-card__title">
        <span className="code">{card.area.code}</span> {name}
      </h3>
      {card.summary ? (
        <AreaScore summary={card.summary} name={name} model={model} text={text} />
      ) : (
        <p className="area-card__none">{t('area.noScore')}</p>
      )}
    </>
  );
}

function AreaScore({
  summary,
  name,
  model,
  text,
}: Props & { readonly summary: MeasureSummary; readonly name: string }) {
  const { t, i18n } = text;
  const regionName = model.region ? i18n.name(model.region.name) : model.member.region;
  const first = model.cycles[0] ?? model.cycle;
  const last = model.cycles.at(-1) ?? model.cycle;
  const value = summary.value === null ? t('area.notEnough', { cycle: model.cycle }) : i18n.fmt.score(summary.value);
  return (
    <>
      <p className="area-card__score">
        <span className={summary.value === null ? 'area-card__missing' : 'area-card__number'}>{value}</span>{' '}
        {summary.rating ? <RatingBadge code={summary.rating.code} label={i18n.name(summary.rating.name)} /> : null}
      </p>
      <p className="area-card__trend">
        <TrendLabel direction={summary.trend.direction} label={i18n.t(`trend.${summary.trend.direction}`)} />
        {summary.change
          ? ` · ${t('index.change', { change: i18n.fmt.change(summary.change.change), baseline: summary.change.baseline.cycle })}`
          : null}
      </p>
      <dl className="area-card__averages">
        <div>
          <dt>{t('area.region', { region: regionName })}</dt>
          <dd>{formatAverage(text, summary.region)}</dd>
        </div>
        <div>
          <dt>{t('area.world')}</dt>
          <dd>{formatAverage(text, summary.world)}</dd>
        </div>
      </dl>
      <figure
        className="area-card__chart"
        aria-label={t('area.chart', { area: name, member: i18n.name(model.member.name), first, last })}
      >
        <div aria-hidden="true">
          <LineChart
            data={summary.history}
            config={seriesConfig(model, text)}
            formatValue={i18n.fmt.score}
            height={120}
            decorative
          />
        </div>
        <figcaption className="visually-hidden">
          {t('area.summary', {
            area: name,
            member: i18n.name(model.member.name),
            value,
            region: regionName,
            regionValue: formatAverage(text, summary.region),
            worldValue: formatAverage(text, summary.world),
            cycle: model.cycle,
          })}
        </figcaption>
      </figure>
    </>
  );
}
