// The Index of the compared Members over every cycle, with the world average, as a chart's data: series (a colour
// token per Member, the world dashed), rows, title, subtitle, text summary, footnote, table (also the CSV) and file.
import { groupSeries } from '@/domain/measures';
import { INDEX_MEASURE, memberSeries, WORLD, type ScoreTable } from '@/domain/score-table';
import type { Member } from '@/domain/types';
import { seriesColor, type ChartConfig, type ChartRow } from '@/lib/chart/chart-config';
import type { ChartFacts as PointFacts } from '@/lib/chart/chart-navigation';
import { withChangeSummary } from '@/lib/chart/chart-summary';
import type { FileNameParts } from '@/lib/export/file-name';
import type { TableSpec } from '@/lib/table/table-spec';
import type { CompareWords } from './compare-words';

/** Everything the chart frame takes, but the chart itself, and the chart's rows. */
export interface CompareChartModel {
  readonly config: ChartConfig;
  readonly rows: readonly ChartRow[];
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly footnote: string;
  readonly file: FileNameParts;
  readonly measure: string;
  readonly table: TableSpec<ChartRow>;
  readonly facts: PointFacts;
}

interface ChartFacts {
  readonly table: ScoreTable;
  readonly chosen: readonly Member[];
  readonly cycle: number;
  /** Each chosen Member's Index in the cycle, and the world's. */
  readonly indexes: readonly (number | null)[];
  readonly worldIndex: number | null;
}

export function compareChart({ t, i18n }: CompareWords, facts: ChartFacts): CompareChartModel {
  const { table, chosen, cycle } = facts;
  const config: Record<string, ChartConfig[string]> = {};
  chosen.forEach((member, i) => {
    config[member.code] = { label: i18n.name(member.name), color: seriesColor(i) };
  });
  config.world = { label: t('chart.world'), color: '--series-world', dashed: true };
  const world = groupSeries(table.dataset, WORLD, INDEX_MEASURE);
  const series = chosen.map((member) => memberSeries(table, member.code, INDEX_MEASURE));
  const rows = table.cycles.map((rowCycle, i): ChartRow => {
    const row: Record<string, number | null> = { world: world[i]?.value ?? null };
    chosen.forEach((member, m) => {
      row[member.code] = series[m]?.[i]?.value ?? null;
    });
    return { ...row, cycle: rowCycle };
  });
  const [first = cycle] = table.cycles;
  const last = table.cycles.at(-1) ?? cycle;
  const title = t('chart.title', { first, last });
  const score = (value: number | null | undefined) => (value == null ? '—' : i18n.fmt.score(value));
  const drawn = {
    config,
    rows,
    facts: {
      bands: table.dataset.framework.ratingBands,
      coverage: { world: table.cycles.map((_, i) => world[i]?.aggregate ?? null) },
    },
  };
  return {
    ...drawn,
    title,
    subtitle: t('chart.subtitle'),
    summary: withChangeSummary(
      t('chart.summary', {
        cycle,
        values: chosen.map((member, i) => `${i18n.name(member.name)} ${score(facts.indexes[i])}`).join(', '),
        world: score(facts.worldIndex),
      }),
      drawn,
      { i18n },
    ),
    footnote: `${t('chart.footnote')} ${i18n.t('footer.illustrative')}`,
    file: { measure: 'security-index', group: chosen.map((member) => member.code).join('-'), cycles: [first, last] },
    measure: 'INDEX',
    table: {
      caption: title,
      rows,
      rowKey: (row) => String(row.cycle),
      columns: [
        { key: 'cycle', header: i18n.t('table.cycle'), cell: (row) => row.cycle },
        ...Object.entries(config).map(([key, line]) => ({
          key,
          header: line.label,
          numeric: true,
          cell: (row: ChartRow) => score(row[key]),
          value: (row: ChartRow) => row[key] ?? null,
        })),
      ],
    },
  };
}
