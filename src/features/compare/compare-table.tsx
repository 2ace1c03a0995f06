// Members side by side: a row per measure (the Index, each area, change since the resolution, completeness),
// a column per Member and one for the world. Each score has its rating in words, its trend, its region's
// average, and a bar with the world (solid) and region (dashed) averages marked on it. Written out rather than a
// DataTable: its columns are the Members, whose headers carry the region under the name, and its cells are
// small compositions; it is never sorted, and its CSV is the chart's table.
import { useId } from 'react';
import { RatingBadge } from '@/components/ui/rating-badge';
import { TableScroll } from '@/components/ui/table-scroll';
import { TrendLabel } from '@/components/ui/trend-label';
import { useMessages } from '@/lib/i18n/i18n';
import type { CompareModel, ScoreCell } from './compare-model';
import { compareMessages } from './messages';

export function CompareTable({ model }: { readonly model: CompareModel }) {
  const t = useMessages(compareMessages);
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId} className="compare-scroll">
      <table className="data-table compare-table">
        <caption id={captionId}>{model.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.measure')}</th>
            {model.columns.map((column) => (
              <th key={column.code} scope="col">
                {column.name}
                <span className="compare-table__region">{column.regionName}</span>
              </th>
            ))}
            <th scope="col" className="compare-table__world">
              {t('table.world')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.scoreRows.map((row) => (
            <tr key={row.key} className={row.index ? 'compare-table__index' : undefined}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={model.columns[i]?.code ?? i}>
                  {cell ? <Score cell={cell} /> : <span className="compare-cell__none">{t('cell.none')}</span>}
                </td>
              ))}
              <td className="compare-table__world">{row.world}</td>
            </tr>
          ))}
          {model.figureRows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={model.columns[i]?.code ?? i}>{cell}</td>
              ))}
              <td className="compare-table__world">{row.world}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="compare-legend" aria-hidden="true">
        <span className="compare-legend__world" /> {t('legend.world')}
        <span className="compare-legend__region" /> {t('legend.region')}
      </p>
    </TableScroll>
  );
}

function Score({ cell }: { readonly cell: ScoreCell }) {
  const at = (score: number) => `${score}%`;
  return (
    <div className="compare-cell">
      <div className="compare-cell__top">
        <span className="compare-cell__value">{cell.value}</span>
        {cell.rating ? <RatingBadge code={cell.rating.code} label={cell.rating.name} /> : null}
        <TrendLabel direction={cell.trend.direction} label={cell.trend.label} compact />
      </div>
      {/* Decoration: the numbers are in the text. */}
      <span className="compare-bar" aria-hidden="true">
        <span className="compare-bar__fill" style={{ width: at(cell.bar.value) }} />
        {cell.bar.world !== null ? <span className="compare-bar__world" style={{ left: at(cell.bar.world) }} /> : null}
        {cell.bar.region !== null ? (
          <span className="compare-bar__region" style={{ left: at(cell.bar.region) }} />
        ) : null}
      </span>
      <span className="compare-cell__region">{cell.region}</span>
    </div>
  );
}
