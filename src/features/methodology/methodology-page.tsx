// Methodology (`/methodology`): DESIGN §3 in plain words, a live worked example, the framework's lists and
// the data's provenance. Rules are words; every number beside them comes from the data or the engine.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { datasetQueryOptions } from '@/api/dataset';
import { DataBoundary } from '@/components/ui/data-boundary';
import { RatingBadge } from '@/components/ui/rating-badge';
import { TREND_THRESHOLDS } from '@/domain/trends';
import { useI18n, type I18n, useMessages } from '@/lib/i18n/i18n';
import { type Translate } from '@/lib/i18n/messages';
import { Downloads } from './downloads';
import { IndicatorList } from './indicator-list';
import { selectMethodology, type MethodologyModel } from './methodology-model';
import { methodologyMessages } from './messages';
import { WorkedExample, type MethodologyKey } from './worked-example';
import './methodology.css';

export function MethodologyPage() {
  const i18n = useI18n();
  const m = useMessages(methodologyMessages);
  const query = useQuery({ ...datasetQueryOptions(), select: selectMethodology });
  return (
    <article className="methodology">
      <h1>{m('title')}</h1>
      <p className="lead">{m('lead')}</p>
      <DataBoundary query={query}>{(model) => <MethodologyContent model={model} i18n={i18n} m={m} />}</DataBoundary>
    </article>
  );
}

interface ContentProps {
  readonly model: MethodologyModel;
  readonly i18n: I18n;
  readonly m: Translate<MethodologyKey>;
}

function MethodologyContent({ model, i18n, m }: ContentProps) {
  const { framework, example } = model;
  const member = example ? i18n.name(example.member.name) : '';
  const sections: { id: string; title: string; body: ReactNode }[] = [
    { id: 'stages', title: m('stages.title'), body: <StageRules model={model} i18n={i18n} m={m} /> },
    { id: 'scores', title: m('scores.title'), body: <ScoreRules model={model} i18n={i18n} m={m} /> },
    { id: 'bands', title: m('bands.title'), body: <Bands model={model} i18n={i18n} m={m} /> },
    { id: 'trends', title: m('trends.title'), body: <TrendRules model={model} i18n={i18n} m={m} /> },
    { id: 'coverage', title: m('coverage.title'), body: <CoverageRules m={m} /> },
    {
      id: 'example',
      title: example ? m('example.title', { member, cycle: example.cycle }) : m('example.titleNone'),
      body: example ? (
        <WorkedExample example={example} framework={framework} i18n={i18n} m={m} />
      ) : (
        <p>{m('example.none')}</p>
      ),
    },
    { id: 'indicators', title: m('indicators.title'), body: <IndicatorList framework={framework} i18n={i18n} m={m} /> },
    { id: 'provenance', title: m('provenance.title'), body: <Provenance model={model} i18n={i18n} m={m} /> },
    { id: 'downloads', title: m('downloads.title'), body: <Downloads cycles={framework.cycles} m={m} /> },
  ];
  return (
    <>
      <nav aria-label={m('toc')} className="methodology-toc">
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <section
          key={section.id}
          id={section.id}
          aria-labelledby={`${section.id}-title`}
          className="methodology-section"
        >
          <h2 id={`${section.id}-title`}>{section.title}</h2>
          {section.body}
        </section>
      ))}
    </>
  );
}

function StageRules({ model, i18n, m }: ContentProps) {
  return (
    <>
      <p>{m('stages.body')}</p>
      <ul>
        <li>{m('stages.yesno')}</li>
        <li>{m('stages.stageRule')}</li>
        <li>{m('stages.percent')}</li>
        <li>{m('stages.context')}</li>
      </ul>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{m('stages.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {m('stages.stage')}
              </th>
              <th scope="col">{m('stages.name')}</th>
              <th scope="col">{m('stages.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {model.framework.stages.map((stage) => (
              <tr key={stage.value}>
                <td className="numeric">{stage.value}</td>
                <th scope="row">{i18n.name(stage.name)}</th>
                <td>{i18n.name(stage.description)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ScoreRules({ model, m }: ContentProps) {
  return (
    <ul>
      <li>{m('scores.indicator')}</li>
      <li>{m('scores.area')}</li>
      <li>{m('scores.index', { count: model.scoredCount })}</li>
      <li>{m('scores.latest')}</li>
    </ul>
  );
}

function Bands({ model, i18n, m }: ContentProps) {
  const bands = model.framework.ratingBands;
  return (
    <>
      <p>{m('bands.body')}</p>
      <div className="table-scroll">
        <table className="data-table methodology-bands">
          <caption>{m('bands.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('bands.rating')}</th>
              <th scope="col">{m('bands.range')}</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((band, i) => {
              const next = bands[i + 1];
              return (
                <tr key={band.code}>
                  <th scope="row">
                    <RatingBadge code={band.code} label={i18n.name(band.name)} />
                  </th>
                  <td>{next ? `${band.min}–${next.min - 1}` : `${band.min}–100`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function TrendRules({ model, i18n, m }: ContentProps) {
  const { improving, moderate, stagnating } = TREND_THRESHOLDS;
  const n = (value: number) => i18n.fmt.change(value);
  const baseline = model.framework.resolution.baselineCycle;
  return (
    <>
      <p>{m('trends.body')}</p>
      <ul>
        <li>↑ {m('trends.improving', { min: n(improving) })}</li>
        <li>↗ {m('trends.moderate', { min: n(moderate), max: n(improving) })}</li>
        <li>→ {m('trends.stagnating', { min: n(stagnating), max: n(moderate) })}</li>
        <li>↓ {m('trends.declining', { max: n(stagnating) })}</li>
      </ul>
      <p>{m('trends.since', { baseline, next: baseline + 1 })}</p>
    </>
  );
}

function CoverageRules({ m }: { readonly m: Translate<MethodologyKey> }) {
  return (
    <ul>
      <li>{m('coverage.aggregate')}</li>
      <li>{m('coverage.adoption')}</li>
      <li>{m('coverage.completeness')}</li>
    </ul>
  );
}

function Provenance({ model, i18n, m }: ContentProps) {
  const { counts, source, framework } = model;
  const { fmt } = i18n;
  const { provenance } = counts;
  return (
    <>
      <p>{m('provenance.source', { source: source.name, date: fmt.date(source.asOf) })}</p>
      <p className={source.illustrative ? 'note note--warning' : undefined}>
        {m(source.illustrative ? 'provenance.illustrative' : 'provenance.real')}
      </p>
      <p>
        {m('provenance.counts', {
          members: fmt.integer(counts.members),
          submissions: fmt.integer(counts.submissions),
          observations: fmt.integer(counts.observations),
          first: framework.cycles.first,
          latest: framework.cycles.latest,
        })}{' '}
        {m('provenance.shares', {
          validated: fmt.integer(provenance.validated),
          share: fmt.percent(provenance.validatedShare ?? 0),
          self: fmt.integer(provenance.selfReported),
        })}
      </p>
      {framework.cycles.open !== null ? <p>{m('provenance.open', { cycle: framework.cycles.open })}</p> : null}
      <p>{m('provenance.each')}</p>
    </>
  );
}
