// The scorecard's charts as data: the series (the Member, its region, the world) and the Index chart's frame —
// title, subtitle, text summary, footnote, table (also the CSV) and file name.
import { knownPoints } from '@/domain/trends';
import type { Member, RatingBand } from '@/domain/types';
import type { ChartConfig } from '@/lib/chart/chart-config';
import type { ChartFacts as PointFacts } from '@/lib/chart/chart-navigation';
import { withChangeSummary } from '@/lib/chart/chart-summary';
import type { FileNameParts } from '@/lib/export/file-name';
import type { TableSpec } from '@/lib/table/table-spec';
import type { HistoryRow, ScoreFigures } from './score-figures';
import type { Words } from './scorecard-words';

/** Everything the chart frame takes, but the chart itself. */
export interface IndexChartModel {
  readonly config: ChartConfig;
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly footnote: string;
  readonly file: FileNameParts;
  readonly measure: string;
  readonly table: TableSpec<HistoryRow>;
  readonly facts: PointFacts;
}

/**
 * The three lines every scorecard chart draws, each with its own marker: the area cards' small charts are not in a
 * chart frame (which would add markers) and, in forced colours, would otherwise be three identical black lines.
 */
export function scorecardSeries(words: Words, member: Member, regionName: string): ChartConfig {
  return {
    member: { label: words.i18n.name(member.name), color: '--series-1', marker: 'circle' },
    region: { label: regionName, color: '--series-2', marker: 'square' },
    world: { label: words.t('chart.world'), color: '--series-3', marker: 'diamond' },
  };
}

interface ChartFacts {
  readonly member: Member;
  readonly regionName: string;
  /** The scorecard's cycle: the summary speaks of no later one. */
  readonly cycle: number;
  readonly cycles: readonly number[];
  readonly index: ScoreFigures;
  readonly config: ChartConfig;
  readonly bands: readonly RatingBand[];
}

export function indexChart(words: Words, facts: ChartFacts): IndexChartModel {
  const { t, i18n } = words;
  const [first = facts.cycle] = facts.cycles;
  const last = facts.cycles.at(-1) ?? facts.cycle;
  const title = t('chart.title', { member: i18n.name(facts.member.name), first, last });
  const score = (value: number | null) => (value === null ? '—' : i18n.fmt.score(value));
  const drawn = {
    config: facts.config,
    rows: facts.index.history,
    facts: { bands: facts.bands, coverage: facts.index.coverage },
  };
  return {
    config: facts.config,
    facts: drawn.facts,
    title,
    subtitle: t('chart.subtitle', { region: facts.regionName }),
    summary: withChangeSummary(indexSummary(words, facts), drawn, { i18n }),
    footnote: `${t('chart.footnote')} ${i18n.t('footer.illustrative')}`,
    file: { measure: 'security-index', group: facts.member.code, cycles: [first, last] },
    measure: 'INDEX',
    table: {
      caption: title,
      rows: facts.index.history,
      rowKey: (row) => String(row.cycle),
      columns: [
        { key: 'cycle', header: i18n.t('table.cycle'), cell: (row) => row.cycle },
        ...(['member', 'region', 'world'] as const).map((key) => ({
          key,
          header: facts.config[key]?.label ?? '',
          numeric: true,
          cell: (row: HistoryRow) => score(row[key]),
          value: (row: HistoryRow) => row[key],
        })),
      ],
    },
  };
}

/** The chart in words: from the baseline to the scorecard's cycle, or from the first cycle with an Index. */
function indexSummary(words: Words, facts: ChartFacts): string {
  const { t, i18n } = words;
  const { change, rating } = facts.index.summary;
  const member = i18n.name(facts.member.name);
  const averages = {
    region: facts.regionName,
    regionValue: facts.index.region.value,
    worldValue: facts.index.world.value,
  };
  if (!change || !rating) {
    const known = knownPoints(facts.index.history.map((row) => ({ cycle: row.cycle, value: row.member })));
    const first = known[0];
    const last = known.filter((point) => point.cycle <= facts.cycle).at(-1);
    if (!first || !last || first.cycle === last.cycle) return t('chart.summaryShort', { member });
    return t('chart.summaryFrom', {
      member,
      from: i18n.fmt.score(first.value),
      first: first.cycle,
      to: i18n.fmt.score(last.value),
      last: last.cycle,
      ...averages,
    });
  }
  return t('chart.summary', {
    member,
    from: i18n.fmt.score(change.baseline.value),
    first: change.baseline.cycle,
    to: i18n.fmt.score(change.latest.value),
    last: change.latest.cycle,
    change: i18n.fmt.change(change.change),
    rating: i18n.name(rating.name).toLowerCase(),
    ...averages,
  });
}
