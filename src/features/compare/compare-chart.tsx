// The Index of the compared Members over time, with the world average, in the shared chart frame.
import { ChartFrame } from '@/components/ui/chart-frame';
import { paint, seriesColor, type ChartConfig, type ChartRow } from '@/lib/chart/chart-config';
import { LineChart } from '@/components/ui/line-chart';
import { useI18n, useMessages } from '@/lib/i18n/i18n';
import { INDEX_KEY, type CompareModel } from './compare-model';
import { compareMessages } from './messages';

export function CompareChart({ model }: { readonly model: CompareModel }) {
  const t = useMessages(compareMessages);
  const i18n = useI18n();
  const config: Record<string, ChartConfig[string]> = {};
  model.columns.forEach((column, i) => {
    config[column.member.code] = { label: i18n.name(column.member.name), color: seriesColor(i) };
  });
  config.world = { label: t('chart.world'), color: '--series-world', dashed: true };
  const first = model.cycles[0] ?? model.cycle;
  const last = model.cycles.at(-1) ?? model.cycle;
  const title = t('chart.title', { first, last });
  const score = (value: number | null | undefined) => (value == null ? '—' : i18n.fmt.score(value));
  const worldNow = model.rows.find((row) => row.key === INDEX_KEY)?.world.value ?? null;
  const summary = t('chart.summary', {
    cycle: model.cycle,
    values: model.columns
      .map((column) => `${i18n.name(column.member.name)} ${score(column.cells.get(INDEX_KEY)?.value)}`)
      .join(', '),
    world: score(worldNow),
  });
  return (
    <ChartFrame
      title={title}
      subtitle={t('chart.subtitle')}
      summary={summary}
      showTableLabel={i18n.t('chart.showTable')}
      hideTableLabel={i18n.t('chart.hideTable')}
      footnote={
        <>
          {t('chart.footnote')} {i18n.t('footer.illustrative')}
        </>
      }
      config={config}
      file={{
        measure: 'security-index',
        group: model.columns.map((column) => column.member.code).join('-'),
        cycles: [first, last],
      }}
      table={{
        caption: title,
        rows: model.history,
        rowKey: (row: ChartRow) => String(row.cycle),
        columns: [
          { key: 'cycle', header: i18n.t('table.cycle'), cell: (row) => row.cycle },
          ...Object.entries(config).map(([key, series]) => ({
            key,
            header: series.label,
            numeric: true,
            cell: (row: ChartRow) => score(row[key]),
            value: (row: ChartRow) => row[key] ?? null,
          })),
        ],
      }}
    >
      <LineChart data={model.history} config={config} formatValue={i18n.fmt.score} height={280} />
      <ul className="compare-chart-legend" aria-hidden="true">
        {Object.entries(config).map(([key, series]) => (
          <li key={key}>
            <span className="compare-chart-legend__swatch" style={{ background: paint(series.color) }} />
            {series.label}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}
