// Members side by side: a row per measure (the Index, each area, change since the resolution, completeness),
// a column per Member and one for the world. Each score has its rating in words, its trend, its region's
// average, and a bar with the world (solid) and region (dashed) averages marked on it.
import { RatingBadge } from '@/components/ui/rating-badge';
import { TrendLabel } from '@/components/ui/trend-label';
import type { Aggregate } from '@/domain/aggregates';
import { useI18n, type I18n, useMessages } from '@/lib/i18n/i18n';
import { type Translate } from '@/lib/i18n/messages';
import type { Cell, CompareModel, MeasureRow } from './compare-model';
import { compareMessages, type CompareKey } from './messages';

export function CompareTable({ model }: { readonly model: CompareModel }) {
  const t = useMessages(compareMessages);
  const i18n = useI18n();
  const label = (row: MeasureRow) => (row.area ? i18n.name(row.area.name) : t('row.index'));
  return (
    <div className="table-scroll compare-scroll">
      <table className="data-table compare-table">
        <caption>{t('table.caption', { cycle: model.cycle })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.measure')}</th>
            {model.columns.map((column) => (
              <th key={column.member.code} scope="col">
                {i18n.name(column.member.name)}
                <span className="compare-table__region">
                  {column.region ? i18n.name(column.region.name) : column.member.region}
                </span>
              </th>
            ))}
            <th scope="col" className="compare-table__world">
              {t('table.world')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.key} className={row.area ? undefined : 'compare-table__index'}>
              <th scope="row">{label(row)}</th>
              {model.columns.map((column) => (
                <td key={column.member.code}>
                  <ScoreCell cell={column.cells.get(row.key)} world={row.world} t={t} i18n={i18n} />
                </td>
              ))}
              <td className="compare-table__world">{average(row.world, t, i18n)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('row.change', { baseline: model.baselineCycle })}</th>
            {model.columns.map((column) => (
              <td key={column.member.code}>
                {column.change ? i18n.fmt.change(column.change.change) : t('cell.noChange')}
              </td>
            ))}
            <td className="compare-table__world">—</td>
          </tr>
          <tr>
            <th scope="row">{t('row.completeness', { cycle: model.cycle })}</th>
            {model.columns.map((column) => (
              <td key={column.member.code}>
                {column.completeness === null ? t('cell.notMember') : i18n.fmt.percent(column.completeness)}
              </td>
            ))}
            <td className="compare-table__world">
              {model.worldCompleteness === null ? '—' : i18n.fmt.percent(model.worldCompleteness)}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="compare-legend" aria-hidden="true">
        <span className="compare-legend__world" /> {t('legend.world')}
        <span className="compare-legend__region" /> {t('legend.region')}
      </p>
    </div>
  );
}

function average(aggregate: Aggregate, t: Translate<CompareKey>, i18n: I18n): string {
  return aggregate.value === null
    ? t('insufficient.short', { n: aggregate.n, of: aggregate.of })
    : i18n.fmt.score(aggregate.value);
}

interface CellProps {
  readonly cell: Cell | undefined;
  readonly world: Aggregate;
  readonly t: Translate<CompareKey>;
  readonly i18n: I18n;
}

function ScoreCell({ cell, world, t, i18n }: CellProps) {
  if (cell?.value === undefined || cell.value === null)
    return <span className="compare-cell__none">{t('cell.none')}</span>;
  return (
    <div className="compare-cell">
      <div className="compare-cell__top">
        <span className="compare-cell__value">{i18n.fmt.score(cell.value)}</span>
        {cell.rating ? <RatingBadge code={cell.rating.code} label={i18n.name(cell.rating.name)} /> : null}
        <TrendLabel direction={cell.trend.direction} label={i18n.t(`trend.${cell.trend.direction}`)} compact />
      </div>
      <Bar value={cell.value} world={world.value} region={cell.region.value} />
      <span className="compare-cell__region">{t('cell.region', { value: average(cell.region, t, i18n) })}</span>
    </div>
  );
}

/** The score as a bar on 0–100 with the averages marked; decoration, since the numbers are in the text. */
function Bar({
  value,
  world,
  region,
}: {
  readonly value: number;
  readonly world: number | null;
  readonly region: number | null;
}) {
  const at = (score: number) => `${Math.max(0, Math.min(100, score))}%`;
  return (
    <span className="compare-bar" aria-hidden="true">
      <span className="compare-bar__fill" style={{ width: at(value) }} />
      {world !== null ? <span className="compare-bar__world" style={{ left: at(world) }} /> : null}
      {region !== null ? <span className="compare-bar__region" style={{ left: at(region) }} /> : null}
    </span>
  );
}
