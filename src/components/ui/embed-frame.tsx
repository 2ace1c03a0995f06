// A view's chart alone, for another site's <iframe> (`/embed/…`, src/app/embed-layout.tsx): its title, the chart
// sized to the frame, its legend, and one compact line with the source, the data year, the illustrative-data
// label, the short citation and a link to the full view. The text summary stays the chart's description.
import { useId, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { shortCitation, today } from '@/lib/export/citation';
import { absoluteUrl, fullViewPath } from '@/lib/export/share-links';
import type { ChartConfig } from '@/lib/chart/chart-config';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { ChartConfigProvider } from './chart-context';
import { ChartLegend } from './chart-legend';
import { useDataSource } from './data-source-context';
import { embedMessages } from './embed-messages';
import { useBoxSize } from './use-box-size';
import './embed-frame.css';

/** Below this the lines have no room: the frame scrolls rather than squashing the chart flat. */
const MIN_CHART_HEIGHT = 160;

interface EmbedFrameProps {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly config: ChartConfig;
  /** Draw the series' legend under the chart (charts of more than one series). */
  readonly legend?: boolean;
  /** The chart, drawn at the height the frame leaves it. */
  readonly children: (height: number) => ReactNode;
}

/** The embed's heading, which also names the page's `main`: a host page with several embeds lists each by its chart. */
export const EMBED_TITLE_ID = 'embed-title';

export function EmbedFrame({ title, subtitle, summary, config, legend = false, children }: EmbedFrameProps) {
  const id = useId();
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const height = Math.floor(useBoxSize(box).height);
  return (
    <figure className="embed-frame" aria-labelledby={EMBED_TITLE_ID} aria-describedby={`${id}-summary`}>
      <h1 id={EMBED_TITLE_ID} className="embed-frame__title">
        {title}
      </h1>
      <p className="embed-frame__subtitle">{subtitle}</p>
      <ChartConfigProvider value={config}>
        <div
          ref={setBox}
          className="embed-frame__chart"
          role="img"
          aria-label={title}
          aria-describedby={`${id}-summary`}
        >
          <div className="embed-frame__drawing">{height > 0 ? children(Math.max(height, MIN_CHART_HEIGHT)) : null}</div>
        </div>
        {legend ? <ChartLegend dense /> : null}
      </ChartConfigProvider>
      <p id={`${id}-summary`} className="visually-hidden">
        {summary}
      </p>
      <SourceLine />
    </figure>
  );
}

function SourceLine() {
  const m = useMessages(embedMessages);
  const { lang } = useI18n();
  const source = useDataSource();
  const full = useFullViewHref();
  return (
    <figcaption className="embed-frame__source">
      {source ? <span>{m('source', { source: source.name, year: source.asOf.slice(0, 4) })}</span> : null}
      {source?.illustrative !== false ? <span className="embed-frame__label">{m('illustrative')}</span> : null}
      <span>{shortCitation(lang, source, today())}</span>
      {/* A new top-level tab: the full view needs the whole window, and may not be framed. */}
      <a href={full} target="_blank" rel="noopener">
        {m('fullView')}
        <span className="visually-hidden"> {m('newTab')}</span>
      </a>
    </figcaption>
  );
}

/** The address of the full view the embed on screen belongs to (its query kept, `?chart=` dropped). */
export function useFullViewHref(): string {
  const { pathname, search } = useLocation();
  return absoluteUrl('', import.meta.env.BASE_URL, fullViewPath(pathname, search));
}
