// A Member's scorecard as data, in two pure `select`s: the first screen (who the Member is, its Index up to the
// scorecard's cycle beside region and world, its rank in the region) and the rest (each area, every indicator and
// the reporting gaps) — every figure from the domain engine and every sentence already in the language shown.
import { latestClosedCycle, scoredAreas } from '@/domain/framework';
import { memberReferenceCycle, regionRank } from '@/domain/ranking';
import { INDEX_MEASURE, scoresOf, type ScoreTable } from '@/domain/score-table';
import type { Dataset, Lang, Member } from '@/domain/types';
import type { ChartConfig } from '@/lib/chart/chart-config';
import type { TableSpec } from '@/lib/table/table-spec';
import { reportingGaps, type CycleGaps } from './gaps-model';
import { historyTable, indicatorGroups, type IndicatorGroup, type IndicatorLine } from './indicator-model';
import { scoreFigures, type ScoreFigures } from './score-figures';
import { indexChart, scorecardSeries, type IndexChartModel } from './scorecard-chart';
import { memberLink } from './scorecard-state';
import { wordsFor, type Words } from './scorecard-words';

export interface ScorecardInput {
  readonly code: string;
  readonly lang: Lang;
}

interface AreaCard {
  readonly code: string;
  readonly name: string;
  /** Null for an area without a scored indicator (context only). */
  readonly score: AreaScore | null;
}

export interface AreaScore {
  readonly figures: ScoreFigures;
  /** The score, or "Not enough reported in 2019 for a score". */
  readonly value: string;
  readonly chartLabel: string;
  /** The small chart in words, for screen readers. */
  readonly chartSummary: string;
}

/**
 * A scorecard's first screen: who the Member is and its Security Index beside its region and the world. It reads
 * only the Index of the scores, so it is made alike from the whole dataset or from the summary's Index of every
 * Member (api/summary-document.ts), and draws before the rest of the page.
 */
export interface ScorecardHead {
  readonly member: Member;
  readonly name: string;
  /** The Member's name in the other language, where it differs. */
  readonly otherName: { readonly text: string; readonly lang: Lang } | null;
  readonly regionName: string;
  /** The cycle the figures describe: the Member's latest closed cycle with an Index (see domain/ranking). */
  readonly cycle: number;
  /** Which cycle the figures are for, and why. */
  readonly cycleNote: string;
  readonly index: ScoreFigures;
  /** The Index's change since the resolution, or that there is no comparison. */
  readonly indexChange: string;
  /** The Member's position in its region: "2 of 5", and what that means. */
  readonly rank: { readonly value: string; readonly note: string };
  /** The Member, its region and the world: every chart's series. */
  readonly series: ChartConfig;
  readonly chart: IndexChartModel;
}

/** The rest of the scorecard, from the whole dataset: its areas, its indicators and its reporting gaps. */
export interface ScorecardRest {
  readonly areas: readonly AreaCard[];
  readonly indicators: readonly IndicatorGroup[];
  readonly history: TableSpec<IndicatorLine>;
  readonly gaps: readonly CycleGaps[];
  /** The data's source and date, for the printed footer. */
  readonly source: string;
  readonly illustrative: boolean;
}

export type ScorecardModel = ScorecardHead & ScorecardRest;

export type ScorecardResult =
  | { readonly kind: 'found'; readonly model: ScorecardHead }
  /** The link's code in another case (`ken`): the page moves to the canonical address. */
  | { readonly kind: 'moved'; readonly code: string }
  | { readonly kind: 'not-found'; readonly code: string; readonly suggestions: readonly Member[] };

export function selectScorecardHead(dataset: Dataset, { code, lang }: ScorecardInput): ScorecardResult {
  const link = memberLink(dataset, code);
  return link.kind === 'found' ? { kind: 'found', model: scorecardHead(dataset, link.member, wordsFor(lang)) } : link;
}

/** The rest of the Member's scorecard; null when the link names no Member (the head says what it means). */
export function selectScorecardRest(dataset: Dataset, { code, lang }: ScorecardInput): ScorecardRest | null {
  const link = memberLink(dataset, code);
  return link.kind === 'found' ? scorecardRest(dataset, link.member, wordsFor(lang)) : null;
}

/** The cycle a scorecard describes: the Member's reference cycle (domain/ranking), else the latest it could have. */
function scorecardCycle(table: ScoreTable, member: Member): { readonly cycle: number; readonly scored: boolean } {
  const reference = memberReferenceCycle(table, member.code);
  return reference === null
    ? { cycle: Math.max(latestClosedCycle(table.dataset.framework), member.joined), scored: false }
    : { cycle: reference, scored: true };
}

/** The Member's region's name in the language shown (its code, should the framework not name it). */
function regionNameOf({ framework }: Dataset, member: Member, { i18n }: Words): string {
  const region = framework.regions.find((candidate) => candidate.code === member.region);
  return region ? i18n.name(region.name) : member.region;
}

function scorecardHead(dataset: Dataset, member: Member, words: Words): ScorecardHead {
  const { t, i18n } = words;
  const { framework } = dataset;
  const table = scoresOf(dataset);
  const { cycle, scored } = scorecardCycle(table, member);
  const regionName = regionNameOf(dataset, member, words);
  const name = i18n.name(member.name);
  const other = i18n.lang === 'en' ? 'fr' : 'en';
  const index = scoreFigures(table, member, cycle, INDEX_MEASURE, words);
  const series = scorecardSeries(words, member, regionName);
  const open = framework.cycles.open;
  return {
    member,
    name,
    otherName: member.name[other] === name ? null : { text: member.name[other], lang: other },
    regionName,
    cycle,
    cycleNote: !scored
      ? t('cycle.noIndex', { cycle })
      : open !== null && open > cycle
        ? t('cycle.note', { cycle, open })
        : t('cycle.noteClosed', { cycle }),
    index,
    indexChange: index.change ?? t('index.noChange', { baseline: framework.resolution.baselineCycle }),
    rank: rankText(words, table, member, cycle, regionName),
    series,
    chart: indexChart(words, {
      member,
      regionName,
      cycle,
      cycles: table.cycles,
      index,
      config: series,
      bands: framework.ratingBands,
    }),
  };
}

function scorecardRest(dataset: Dataset, member: Member, words: Words): ScorecardRest {
  const { i18n } = words;
  const { framework } = dataset;
  const table = scoresOf(dataset);
  const { cycle } = scorecardCycle(table, member);
  const regionName = regionNameOf(dataset, member, words);
  const indicators = indicatorGroups(words, dataset, member);
  return {
    areas: framework.areas.map((area) => ({
      code: area.code,
      name: i18n.name(area.name),
      score: scoredAreas(framework).includes(area.code)
        ? areaScore(words, table, member, cycle, area.code, { area: i18n.name(area.name), regionName })
        : null,
    })),
    indicators,
    history: historyTable(words, member, table.cycles, indicators),
    gaps: reportingGaps(words, table, member),
    source: i18n.t('footer.source', { source: dataset.source.name, date: i18n.fmt.date(dataset.source.asOf) }),
    illustrative: dataset.source.illustrative,
  };
}

function rankText(words: Words, table: ScoreTable, member: Member, cycle: number, region: string) {
  const { t } = words;
  const rank = regionRank(table, member.code, cycle);
  if (!rank) return { value: t('rank.none'), note: t('rank.noneNote', { cycle }) };
  const note = t('rank.note', { of: rank.of, size: rank.regionSize, region, cycle });
  const tied = t('rank.tied', { n: rank.tiedWith });
  return { value: t('rank.value', { rank: rank.rank, of: rank.of }), note: tied ? `${note} ${tied}` : note };
}

function areaScore(
  words: Words,
  table: ScoreTable,
  member: Member,
  cycle: number,
  code: string,
  names: { readonly area: string; readonly regionName: string },
): AreaScore {
  const { t, i18n } = words;
  const figures = scoreFigures(table, member, cycle, { kind: 'area', area: code }, words);
  const value = figures.value ?? t('area.notEnough', { cycle });
  const memberName = i18n.name(member.name);
  const [first = cycle] = table.cycles;
  return {
    figures,
    value,
    chartLabel: t('area.chart', { area: names.area, member: memberName, first, last: table.cycles.at(-1) ?? cycle }),
    chartSummary: t('area.summary', {
      area: names.area,
      member: memberName,
      value,
      region: names.regionName,
      regionValue: figures.region.value,
      worldValue: figures.world.value,
      cycle,
    }),
  };
}
