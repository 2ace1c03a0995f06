// "Members like us": the Members closest to this one at the baseline, where each stands now (a small chart and a
// table with links to their scorecards), and a link that opens them together in Compare as a peer group.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { LineChart } from '@/components/ui/chart';
import { ChartLegend } from '@/components/ui/chart-legend';
import { RatingBadge } from '@/components/ui/rating-badge';
import { useDatasetView } from '@/lib/dataset-view';
import { useI18n } from '@/lib/i18n/i18n';
import { selectPeers } from './peers-model';

export function PeersSection({ code }: { readonly code: string }) {
  const { lang, fmt } = useI18n();
  const input = useMemo(() => ({ code, lang }), [code, lang]);
  const { data: model } = useDatasetView(selectPeers, input);
  if (!model) return null;
  return (
    <section className="scorecard__section peers" aria-labelledby="scorecard-peers">
      <h2 id="scorecard-peers">{model.title}</h2>
      {model.kind === 'none' ? (
        <p>{model.message}</p>
      ) : (
        <>
          <p className="scorecard__lead">{model.lead}</p>
          <figure className="peers__chart" aria-label={model.chart.label}>
            <div aria-hidden="true">
              <LineChart
                data={model.chartRows}
                config={model.chart.config}
                formatValue={fmt.score}
                height={180}
                decorative
              />
              {/* Which line is which Member, for the eye; the table below names them for everyone. */}
              <ChartLegend config={model.chart.config} />
            </div>
            <figcaption className="visually-hidden">{model.chart.summary}</figcaption>
          </figure>
          <div className="table-scroll">
            <table className="data-table peers__table">
              <caption className="visually-hidden">{model.title}</caption>
              <thead>
                <tr>
                  {model.headers.map((header, i) => (
                    <th key={header} scope="col" className={i >= 2 && i < 4 ? 'numeric' : undefined}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {model.rows.map((row) => (
                  <tr key={row.code}>
                    <th scope="row">{row.self ? row.name : <Link to={`/members/${row.code}`}>{row.name}</Link>}</th>
                    <td>{row.region}</td>
                    <td className="numeric">{row.baseline}</td>
                    <td className="numeric">{row.now}</td>
                    <td>{row.rating ? <RatingBadge code={row.rating.code} label={row.rating.name[lang]} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <Link className="button button--quiet" to={model.compareLink}>
              {model.compareLabel}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
