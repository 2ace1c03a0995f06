// The frame every chart sits in: title, subtitle, the chart, its text summary (also its accessible
// description), a table view of the same data, and the source and method footnote.
import { useId, useState, type ReactNode } from 'react';

interface ChartFrameProps {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  /** The table alternative of exactly what the chart shows. */
  readonly table: ReactNode;
  readonly footnote: ReactNode;
  readonly showTableLabel: string;
  readonly hideTableLabel: string;
  readonly children: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const { title, subtitle, summary, table, footnote, showTableLabel, hideTableLabel, children } = props;
  const [tableShown, setTableShown] = useState(false);
  const id = useId();
  return (
    <figure
      className="chart-frame"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      data-chart-ready="true"
    >
      <header className="chart-frame__header">
        <h2 id={`${id}-title`} className="chart-frame__title">
          {title}
        </h2>
        <p className="chart-frame__subtitle">{subtitle}</p>
      </header>
      <div className="chart-frame__chart" role="img" aria-label={title} aria-describedby={`${id}-summary`}>
        {children}
      </div>
      <p id={`${id}-summary`} className="chart-frame__summary">
        {summary}
      </p>
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={tableShown}
        aria-controls={`${id}-table`}
        onClick={() => {
          setTableShown((shown) => !shown);
        }}
      >
        {tableShown ? hideTableLabel : showTableLabel}
      </button>
      <div id={`${id}-table`} hidden={!tableShown}>
        {table}
      </div>
      <figcaption className="chart-frame__footnote">{footnote}</figcaption>
    </figure>
  );
}
