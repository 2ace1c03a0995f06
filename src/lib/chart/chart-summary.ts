// The sentences every chart's text summary ends with, from the rows the chart draws: the biggest change from one
// cycle to the next (which line, between which cycles, by how much) and every break in coverage — a cycle where a
// line has no value between cycles that have one, or where the share of a group's Members reporting falls sharply
// (said once per cycle: a partly reported open cycle drops on every line at once).
import type { I18n } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import type { ChartConfig, ChartRow } from './chart-config';
import { chartMessages } from './chart-messages';
import type { ChartFacts } from './chart-navigation';

/** A fall in the share of a group's Members reporting, from one cycle to the next, that the summary names. */
export const COVERAGE_DROP = 0.2;

export interface BiggestChange {
  readonly key: string;
  readonly from: number;
  readonly to: number;
  /** The value at `to` minus the value at `from`. */
  readonly change: number;
}

export interface CoverageDrop {
  readonly key: string;
  readonly cycle: number;
  /** Shares (0–1) of the group's Members reporting, the cycle before and in `cycle`. */
  readonly from: number;
  readonly to: number;
}

export interface ChangeFacts {
  readonly biggest: BiggestChange | null;
  /** Per line, the cycles without a value that lie between cycles with one. */
  readonly gaps: readonly { readonly key: string; readonly cycles: readonly number[] }[];
  readonly drops: readonly CoverageDrop[];
}

const valueAt = (rows: readonly ChartRow[], i: number, key: string) => {
  const value = rows[i]?.[key];
  return typeof value === 'number' ? value : null;
};

/**
 * The facts, in the order of `keys` and of the rows (consecutive cycles). The biggest change is the largest in
 * size between two rows in a row that both have a value; on a tie the first line, then the earlier cycle.
 */
export function changeFacts(
  rows: readonly ChartRow[],
  keys: readonly string[],
  coverage: ChartFacts['coverage'] = {},
): ChangeFacts {
  let biggest: BiggestChange | null = null;
  const gaps: { key: string; cycles: number[] }[] = [];
  const drops: CoverageDrop[] = [];
  for (const key of keys) {
    const known = rows.flatMap((_, i) => (valueAt(rows, i, key) === null ? [] : [i]));
    const first = known[0] ?? rows.length;
    const last = known.at(-1) ?? -1;
    const missing = rows.filter((_, i) => i > first && i < last && valueAt(rows, i, key) === null);
    if (missing.length > 0) gaps.push({ key, cycles: missing.map((row) => row.cycle) });
    for (let i = 1; i < rows.length; i++) {
      const before = valueAt(rows, i - 1, key);
      const now = valueAt(rows, i, key);
      const from = rows[i - 1]?.cycle;
      const to = rows[i]?.cycle;
      if (before !== null && now !== null && from !== undefined && to !== undefined) {
        const change = now - before;
        if (!biggest || Math.abs(change) > Math.abs(biggest.change)) biggest = { key, from, to, change };
      }
      const was = coverage[key]?.[i - 1];
      const is = coverage[key]?.[i];
      if (was && is && to !== undefined && was.of > 0 && is.of > 0) {
        const share = { from: was.n / was.of, to: is.n / is.of };
        if (share.from - share.to >= COVERAGE_DROP) drops.push({ key, cycle: to, ...share });
      }
    }
  }
  return { biggest, gaps, drops };
}

export interface SummaryWords {
  readonly i18n: I18n;
  /** A change as the chart's unit says it, e.g. "+4.2 points"; by default a change in points. */
  readonly formatChange?: (change: number) => string;
}

/** The facts in words, e.g. "The biggest change from one cycle to the next: Europe, +8.1 points from 2017 to 2018." */
export function changeSummary(
  rows: readonly ChartRow[],
  config: ChartConfig,
  facts: ChartFacts,
  { i18n, formatChange }: SummaryWords,
): string {
  const m = translator(chartMessages, i18n.lang);
  const label = (key: string) => config[key]?.label ?? key;
  const points = (change: number) => m('points', { change: i18n.fmt.change(change) });
  const { biggest, gaps, drops } = changeFacts(rows, Object.keys(config), facts.coverage);
  const parts = [
    biggest
      ? m('biggestChange', {
          series: label(biggest.key),
          change: (formatChange ?? points)(biggest.change),
          from: biggest.from,
          to: biggest.to,
        })
      : m('noChange'),
    ...gaps.map((gap) => m('gap', { series: label(gap.key), cycles: gap.cycles.join(', ') })),
    ...[...new Set(drops.map((drop) => drop.cycle))]
      .sort((a, b) => a - b)
      .map((cycle) => {
        const inCycle = drops.filter((drop) => drop.cycle === cycle);
        const [most] = [...inCycle].sort((a, b) => b.from - b.to - (a.from - a.to));
        if (!most) return '';
        return m(inCycle.length > 1 ? 'coverageDrops' : 'coverageDrop', {
          cycle,
          count: inCycle.length,
          series: label(most.key),
          from: i18n.fmt.percent(most.from),
          to: i18n.fmt.percent(most.to),
        });
      }),
  ];
  return parts.join(' ');
}

/** A model's own summary with the shared sentences after it. */
export function withChangeSummary(
  summary: string,
  chart: { readonly rows: readonly ChartRow[]; readonly config: ChartConfig; readonly facts?: ChartFacts },
  words: SummaryWords,
): string {
  return [summary, changeSummary(chart.rows, chart.config, chart.facts ?? {}, words)].filter(Boolean).join(' ');
}
