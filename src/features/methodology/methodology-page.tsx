// Methodology (`/methodology`): DESIGN §3 in plain words, a live worked example, the framework's lists and
// the data's provenance. Rules are words; every number beside them comes from the data or the engine
// (selectMethodology). Layout only.
import { useMemo, type ReactNode } from 'react';
import { DataBoundary } from '@/components/ui/data-boundary';
import { ViewHeading } from '@/components/ui/view-heading';
import { DataTable } from '@/components/ui/data-table';
import { RatingBadge } from '@/components/ui/rating-badge';
import { useDatasetView } from '@/lib/dataset-view';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { CiteThisData } from './cite-this-data';
import { Downloads } from './downloads';
import { selectMethodology, type MethodologyView } from './methodology-model';
import { methodologyHeading } from './heading';
import { methodologyMessages } from './messages';
import './methodology.css';

export function MethodologyPage() {
  const { lang } = useI18n();
  const input = useMemo(() => ({ lang }), [lang]);
  const query = useDatasetView(selectMethodology, input);
  return (
    <article className="methodology">
      <ViewHeading messages={methodologyHeading} />
      <DataBoundary query={query}>{(view) => <MethodologyContent view={view} />}</DataBoundary>
    </article>
  );
}

function MethodologyContent({ view }: { readonly view: MethodologyView }) {
  const m = useMessages(methodologyMessages);
  const { example, provenance, tables, framework } = view;
  const baseline = framework.resolution.baselineCycle;
  const list = (items: readonly string[]) => (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  const sections: { id: string; title: string; body: ReactNode }[] = [
    {
      id: 'stages',
      title: m('stages.title'),
      body: (
        <>
          <p>{m('stages.body')}</p>
          {list([m('stages.yesno'), m('stages.stageRule'), m('stages.percent'), m('stages.context')])}
          <DataTable table={tables.stages} />
        </>
      ),
    },
    {
      id: 'scores',
      title: m('scores.title'),
      body: list([
        m('scores.indicator'),
        m('scores.area'),
        m('scores.index', { count: view.scoredCount }),
        m('scores.latest'),
      ]),
    },
    {
      id: 'bands',
      title: m('bands.title'),
      body: (
        <>
          <p>{m('bands.body')}</p>
          <DataTable table={tables.bands} className="methodology-bands" />
        </>
      ),
    },
    {
      id: 'trends',
      title: m('trends.title'),
      body: (
        <>
          <p>{m('trends.body')}</p>
          {list(view.trends)}
          <p>{m('trends.since', { baseline, next: baseline + 1 })}</p>
        </>
      ),
    },
    {
      id: 'coverage',
      title: m('coverage.title'),
      body: list([m('coverage.aggregate'), m('coverage.adoption'), m('coverage.completeness')]),
    },
    {
      id: 'example',
      title: example ? example.title : m('example.titleNone'),
      body: example ? (
        <>
          <p>{example.body}</p>
          <DataTable table={example.table} className="methodology-example" />
          <p className="methodology-example__index">
            {example.index} <RatingBadge code={example.rating.code} label={example.ratingName} />
          </p>
        </>
      ) : (
        <p>{m('example.none')}</p>
      ),
    },
    {
      id: 'indicators',
      title: m('indicators.title'),
      body: (
        <>
          <p>{m('indicators.body', { version: framework.version })}</p>
          <DataTable table={tables.indicators} />
        </>
      ),
    },
    {
      id: 'provenance',
      title: m('provenance.title'),
      body: (
        <>
          <p>{provenance.source}</p>
          <p className={provenance.illustrative ? 'note note--warning' : undefined}>
            {m(provenance.illustrative ? 'provenance.illustrative' : 'provenance.real')}
          </p>
          <p>{provenance.counts}</p>
          {provenance.open ? <p>{provenance.open}</p> : null}
          <p>{m('provenance.each')}</p>
        </>
      ),
    },
    { id: 'downloads', title: m('downloads.title'), body: <Downloads cycles={framework.cycles} /> },
    { id: 'cite', title: m('cite.title'), body: <CiteThisData /> },
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
          className="status-panel methodology-section"
        >
          <h2 id={`${section.id}-title`}>{section.title}</h2>
          {section.body}
        </section>
      ))}
    </>
  );
}
