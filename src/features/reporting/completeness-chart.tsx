// Completeness over time: the world (and the chosen region) as lines, every region in the table behind it.
import { ChartFrame } from '@/components/ui/chart-frame';
import { seriesColor, type ChartConfig, type ChartRow } from '@/lib/chart/chart-config';
import { LineChart } from '@/components/ui/line-chart';
import { WORLD } from '@/domain/score-table';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import { percentOf, type ReportingModel } from './reporting-model';
import type { ReportingKey } from './reporting-keys';

interface CompletenessChartProps {
  readonly model: ReportingModel;
  /** A region code, or '' for the world only. */
  readonly region: string;
  readonly i18n: I18n;
  readonly m: Translate<ReportingKey>;
}

export function CompletenessChart({ model, region, i18n, m }: CompletenessChartProps) {
  const { t, fmt } = i18n;
  const first = model.cycles[0] ?? 0;
  const last = model.cycles.at(-1) ?? 0;
  const regionName = (code: string) => {
    const found = model.regions.find((item) => item.code === code);
    return code === WORLD ? m('world') : found ? i18n.name(found.name) : code;
  };
  const shown = region === '' ? [WORLD] : [WORLD, region];
  const groupOf = (code: string) => model.groups.find((group) => group.group === code);
  const rows: ChartRow[] = model.cycles.map((cycle, i) => {
    const row: Record<string, number | null> = {};
    for (const code of shown) row[code] = percentOf(groupOf(code)?.cells[i]);
    return { ...row, cycle };
  });
  const config: ChartConfig = Object.fromEntries(
    shown.map((code, i) => [code, { label: regionName(code), color: seriesColor(i) }]),
  );
  const share = (code: string, index: number) => fmt.percent(groupOf(code)?.cells.at(index)?.share ?? 0);
  const summary = [
    m('chartSummary', { from: share(WORLD, 0), first, to: share(WORLD, -1), last }),
    region === ''
      ? ''
      : m('chartSummaryRegion', { region: regionName(region), from: share(region, 0), to: share(region, -1) }),
    model.open ? m('chartSummaryOpen', { cycle: model.open.cycle }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <ChartFrame
      title={m('chartTitle', { first, last })}
      subtitle={m('chartSubtitle')}
      summary={summary}
      showTableLabel={t('chart.showTable')}
      hideTableLabel={t('chart.hideTable')}
      footnote={
        <>
          {m('footnote')} {t('footer.illustrative')}
        </>
      }
      config={config}
      file={{ measure: 'reporting-completeness', group: region || 'regions', cycles: [first, last] }}
      table={{
        caption: m('chartTableCaption'),
        rows: model.cycles.map((_, i) => i),
        rowKey: (i: number) => String(model.cycles[i]),
        columns: [
          { key: 'cycle', header: m('cycle'), cell: (i) => model.cycles[i] },
          ...model.groups.map((group) => ({
            key: group.group,
            header: regionName(group.group),
            numeric: true,
            cell: (i: number) => {
              const cell = group.cells[i];
              return cell?.share == null ? '—' : fmt.percent(cell.share);
            },
            // The percentage at full precision, as the subtitle's unit says.
            value: (i: number) => percentOf(group.cells[i]),
          })),
        ],
      }}
    >
      <LineChart data={rows} config={config} formatValue={(value) => fmt.percent(value / 100)} />
    </ChartFrame>
  );
}
