// The Overview's sections below the headline: adoption of key measures, the Index by region, the programme
// areas, and where to go next. Layout only: overview-sections-model.ts says what to show.
import { Link } from 'react-router';
import { useDataSource } from '@/components/ui/data-source-context';
import { PdfButton } from '@/components/ui/pdf-button';
import { ChartLegend } from '@/components/ui/chart-legend';
import { DataTable } from '@/components/ui/data-table';
import { LineChart } from '@/components/ui/chart';
import { Stat } from '@/components/ui/stat';
import { useI18n } from '@/lib/i18n/i18n';
import { ChartFrame } from '@/components/ui/chart-frame';
import type { OverviewModel } from './overview-model';
import { selectOverviewSections } from './overview-sections-model';
import { useOverviewView } from './overview-view';
import './overview.css';

/** `overview` is the headline's model (the PDF brief starts with it); importing its select here would split it out. */
export function OverviewSections({ overview }: { readonly overview: OverviewModel }) {
  const { fmt, lang } = useI18n();
  const { data: model } = useOverviewView(selectOverviewSections, lang);
  const source = useDataSource();
  if (!model) return null;
  const { key, regions, areas, links } = model;
  // The brief's code loads on click; it reads the two drawn charts from the page for their vector copies.
  const brief = () =>
    import('./overview-brief').then(({ overviewBrief }) =>
      overviewBrief({
        overview,
        sections: model,
        lang,
        source,
        figures: [...document.querySelectorAll<HTMLElement>('main figure.chart-frame')],
      }),
    );
  return (
    <>
      <p className="overview-actions">
        <PdfButton brief={brief} />
      </p>
      <section className="overview-section" aria-labelledby="key-measures">
        <h2 id="key-measures">{key.title}</h2>
        <p className="overview-section__lead">{key.lead}</p>
        <dl className="stats">
          {key.figures.map((figure) => (
            <Stat key={figure.code} label={figure.label} value={figure.value} note={figure.note} />
          ))}
        </dl>
      </section>
      <ChartFrame {...regions} embed={{ chart: 'regions' }}>
        <LineChart data={regions.rows} formatValue={fmt.score} endLabels height={360} />
        <ChartLegend />
      </ChartFrame>
      <section className="overview-section" aria-labelledby="areas">
        <h2 id="areas">{areas.title}</h2>
        <p className="overview-section__lead">{areas.lead}</p>
        <DataTable table={areas.table} />
      </section>
      <nav className="overview-links" aria-label={links.title}>
        <Link to="/explore">{links.explore} →</Link>
        <Link to="/transitions">{links.transitions} →</Link>
      </nav>
    </>
  );
}
