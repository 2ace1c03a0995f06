// The completeness chart's content: the world (and the chosen region) as lines, every region in the table behind
// it, with its title, summary, colours and file name. Pure: the chart component only draws it.
import { WORLD } from '@/domain/score-table';
import { seriesColor, type ChartConfig, type ChartRow } from '@/lib/chart/chart-config';
import type { ChartModel } from '@/lib/chart/chart-model';
import { withChangeSummary } from '@/lib/chart/chart-summary';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import { percentOf, regionName, type ReportingKey, type ReportingModel } from './reporting-figures';

/** The chart model; its table's row i is cycle i of the reporting model. */
export type CompletenessChartModel = ChartModel<number>;

export function completenessChart(
  model: ReportingModel,
  region: string,
  text: { readonly m: Translate<ReportingKey>; readonly i18n: I18n },
): CompletenessChartModel {
  const { m, i18n } = text;
  const { t, fmt } = i18n;
  const first = model.cycles[0] ?? 0;
  const last = model.cycles.at(-1) ?? 0;
  const name = (code: string) => regionName(model, code, i18n, m);
  const shown = region === '' ? [WORLD] : [WORLD, region];
  const groupOf = (code: string) => model.groups.find((group) => group.group === code);
  const rows: ChartRow[] = model.cycles.map((cycle, i) => {
    const row: Record<string, number | null> = {};
    for (const code of shown) row[code] = percentOf(groupOf(code)?.cells[i]);
    return { ...row, cycle };
  });
  const config: ChartConfig = Object.fromEntries(
    shown.map((code, i) => [code, { label: name(code), color: seriesColor(i) }]),
  );
  const share = (code: string, index: number) => fmt.percent(groupOf(code)?.cells.at(index)?.share ?? 0);
  const summary = [
    m('chartSummary', { from: share(WORLD, 0), first, to: share(WORLD, -1), last }),
    region === ''
      ? ''
      : m('chartSummaryRegion', { region: name(region), from: share(region, 0), to: share(region, -1) }),
    model.open ? m('chartSummaryOpen', { cycle: model.open.cycle }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    title: m('chartTitle', { first, last }),
    subtitle: m('chartSubtitle'),
    // Completeness is a share of the expected indicators, so changes are in percentage points.
    summary: withChangeSummary(summary, { rows, config }, { i18n }),
    footnote: `${m('footnote')} ${t('footer.illustrative')}`,
    config,
    rows,
    file: { measure: 'reporting-completeness', group: region || 'regions', cycles: [first, last] },
    table: {
      caption: m('chartTableCaption'),
      rows: model.cycles.map((_, i) => i),
      rowKey: (i) => String(model.cycles[i]),
      columns: [
        { key: 'cycle', header: m('cycle'), cell: (i) => model.cycles[i] },
        ...model.groups.map((group) => ({
          key: group.group,
          header: name(group.group),
          numeric: true,
          cell: (i: number) => {
            const cell = group.cells[i];
            return cell?.share == null ? '—' : fmt.percent(cell.share);
          },
          // The percentage at full precision, as the subtitle's unit says.
          value: (i: number) => percentOf(group.cells[i]),
        })),
      ],
    },
  };
}
