// Compare 2 to 6 Members in one cycle, as data (a pure `select`, run by useDatasetView): the Index and each area
// with rating and trend (summariseSeries up to the cycle), the change since the resolution and completeness,
// beside region and world, every figure formatted and every sentence in the language shown.
import { completeness, type Aggregate } from '@/domain/aggregates';
import { latestClosedCycle, scoredAreas, scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { groupAggregate, groupCompleteness, INDEX_MEASURE, memberSeries, scoresOf, WORLD } from '@/domain/score-table';
import { summariseSeries } from '@/domain/summary';
import type { TrendDirection } from '@/domain/trends';
import type { Dataset, Lang, Member, RatingCode, ScoreMeasure } from '@/domain/types';
import type { Choice } from '@/components/ui/select';
import { createI18n } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import { compareChart, type CompareChartModel } from './compare-chart-model';
import { MAX_MEMBERS, type CompareFrame, type CompareValues } from './compare-state';
import { compareMessages } from './messages';
import type { CompareWords } from './compare-words';

export type CompareInput = Pick<CompareValues, 'members' | 'cycle'> & { readonly lang: Lang };

interface CompareColumn {
  readonly code: string;
  readonly name: string;
  readonly regionName: string;
}

/** A Member's score in the cycle, as the table shows it. */
export interface ScoreCell {
  readonly value: string;
  readonly rating: { readonly code: RatingCode; readonly name: string } | null;
  readonly trend: { readonly direction: TrendDirection; readonly label: string };
  /** "Region average: 55.0". */
  readonly region: string;
  /** Where the bar ends and the averages sit on it, in percent of 0–100. */
  readonly bar: { readonly value: number; readonly world: number | null; readonly region: number | null };
}

interface ScoreRow {
  readonly key: string;
  readonly label: string;
  /** The Index's row stands out. */
  readonly index: boolean;
  /** One per column; null where the Member has no score. */
  readonly cells: readonly (ScoreCell | null)[];
  readonly world: string;
}

/** A row of plain figures (change since the resolution, completeness). */
interface FigureRow {
  readonly key: string;
  readonly label: string;
  readonly cells: readonly string[];
  readonly world: string;
}

export interface CompareModel {
  readonly cycle: number;
  readonly cycleChoices: readonly Choice[];
  readonly columns: readonly CompareColumn[];
  /** "Not found in the data and left out: ZZZ.", when the link named such codes. */
  readonly unknown: string | null;
  /** What to do while fewer than two Members are chosen; null once the comparison can be shown. */
  readonly prompt: string | null;
  readonly caption: string;
  readonly scoreRows: readonly ScoreRow[];
  readonly figureRows: readonly FigureRow[];
  readonly chart: CompareChartModel;
  readonly members: readonly Member[];
}

export function selectCompareFrame(dataset: Dataset): CompareFrame {
  const { first, latest } = dataset.framework.cycles;
  return { first, latest, closed: latestClosedCycle(dataset.framework) };
}

const percent = (score: number) => Math.max(0, Math.min(100, score));

export function selectCompare(dataset: Dataset, { members: codes, cycle, lang }: CompareInput): CompareModel {
  const { framework } = dataset;
  const words: CompareWords = { t: translator(compareMessages, lang), i18n: createI18n(lang) };
  const { t, i18n } = words;
  const table = scoresOf(dataset);
  const byCode = new Map(dataset.members.map((member) => [member.code, member]));
  const chosen = codes.flatMap((code) => byCode.get(code) ?? []).slice(0, MAX_MEMBERS);
  const unknown = codes.filter((code) => !byCode.has(code));
  const average = (aggregate: Aggregate) =>
    aggregate.value === null
      ? t('insufficient.short', { n: aggregate.n, of: aggregate.of })
      : i18n.fmt.score(aggregate.value);
  const summaryOf = (member: Member, measure: ScoreMeasure) =>
    summariseSeries(memberSeries(table, member.code, measure), {
      cycle,
      baselineCycle: framework.resolution.baselineCycle,
      bands: framework.ratingBands,
    });
  const measures: { key: string; label: string; measure: ScoreMeasure }[] = [
    { key: 'INDEX', label: t('row.index'), measure: INDEX_MEASURE },
    ...scoredAreas(framework).map((code) => ({
      key: code,
      label: i18n.name(framework.areas.find((area) => area.code === code)?.name ?? { en: code, fr: code }),
      measure: { kind: 'area', area: code } as const,
    })),
  ];
  const scoreRows = measures.map(({ key, label, measure }): ScoreRow => {
    const world = groupAggregate(table, WORLD, cycle, measure);
    return {
      key,
      label,
      index: measure.kind === 'index',
      world: average(world),
      cells: chosen.map((member): ScoreCell | null => {
        const summary = summaryOf(member, measure);
        if (summary.value === null) return null;
        const region = groupAggregate(table, member.region, cycle, measure);
        return {
          value: i18n.fmt.score(summary.value),
          rating: summary.rating ? { code: summary.rating.code, name: i18n.name(summary.rating.name) } : null,
          trend: { direction: summary.trend.direction, label: i18n.t(`trend.${summary.trend.direction}`) },
          region: t('cell.region', { value: average(region) }),
          bar: {
            value: percent(summary.value),
            world: world.value === null ? null : percent(world.value),
            region: region.value === null ? null : percent(region.value),
          },
        };
      }),
    };
  });
  const scored = scoredIndicators(framework);
  const worldCompleteness = groupCompleteness(table, WORLD, cycle).share;
  const figureRows: FigureRow[] = [
    {
      key: 'change',
      label: t('row.change', { baseline: framework.resolution.baselineCycle }),
      cells: chosen.map((member) => {
        const change = summaryOf(member, INDEX_MEASURE).change;
        return change ? i18n.fmt.change(change.change) : t('cell.noChange');
      }),
      world: '—',
    },
    {
      key: 'completeness',
      label: t('row.completeness', { cycle }),
      cells: chosen.map((member) => {
        const share =
          member.joined > cycle
            ? null
            : completeness(scored, [reportOf(dataset.observations, member.code, cycle)]).share;
        return share === null ? t('cell.notMember') : i18n.fmt.percent(share);
      }),
      world: worldCompleteness === null ? '—' : i18n.fmt.percent(worldCompleteness),
    },
  ];
  const open = framework.cycles.open;
  return {
    cycle,
    cycleChoices: [...table.cycles].reverse().map((choice) => ({
      id: String(choice),
      label: choice === open ? t('cycle.open', { cycle: choice }) : String(choice),
    })),
    columns: chosen.map((member) => {
      const region = framework.regions.find((candidate) => candidate.code === member.region);
      return {
        code: member.code,
        name: i18n.name(member.name),
        regionName: region ? i18n.name(region.name) : member.region,
      };
    }),
    unknown: unknown.length > 0 ? t('unknown', { codes: unknown.join(', ') }) : null,
    prompt: chosen.length === 0 ? t('chosen.none') : chosen.length === 1 ? t('chosen.one') : null,
    caption: t('table.caption', { cycle }),
    scoreRows,
    figureRows,
    chart: compareChart(words, {
      table,
      chosen,
      cycle,
      indexes: chosen.map((member) => summaryOf(member, INDEX_MEASURE).value),
      worldIndex: groupAggregate(table, WORLD, cycle, INDEX_MEASURE).value,
    }),
    members: dataset.members,
  };
}
