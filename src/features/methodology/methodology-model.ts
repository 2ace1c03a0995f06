// The Methodology page's live content: a worked example computed by the engine for one Member, the
// framework's lists, and the facts about the loaded data, as texts and table specs. Pure (a `select`).
import { areaScoredIndicators, scoredAreas, scoredIndicators } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { rating } from '@/domain/ratings';
import { datasetCounts, type DatasetCounts } from '@/domain/reporting';
import { memberLatestCycle, scoresOf } from '@/domain/score-table';
import { areaScore } from '@/domain/scores';
import { indicatorScore, indicatorStage } from '@/domain/stages';
import { TREND_THRESHOLDS } from '@/domain/trends';
import type {
  Area,
  Dataset,
  Framework,
  Indicator,
  Lang,
  Member,
  Observation,
  RatingBand,
  Stage,
  StageDefinition,
} from '@/domain/types';
import { createI18n } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import type { TableSpec } from '@/lib/table/table-spec';
import { methodologyMessages } from './messages';
import {
  bandsTable,
  exampleTable,
  indicatorsTable,
  stagesTable,
  type ExampleRow,
  type IndicatorRow,
} from './methodology-tables';

export type MethodologyKey = keyof (typeof methodologyMessages)['en'];

export interface ExampleIndicator {
  readonly indicator: Indicator;
  /** The reported observation, or null where the Member reported nothing. */
  readonly observation: Observation | null;
  /** Null for context indicators and unreported ones. */
  readonly stage: Stage | null;
  readonly score: number | null;
}

export interface ExampleArea {
  readonly area: Area;
  readonly indicators: readonly ExampleIndicator[];
  /** Scored indicators of the area, and how many were reported. */
  readonly scored: number;
  readonly reported: number;
  /** Null for an area without scored indicators (shown, never scored). */
  readonly score: number | null;
}

export interface WorkedExample {
  readonly member: Member;
  readonly cycle: number;
  readonly areas: readonly ExampleArea[];
  readonly reported: number;
  readonly expected: number;
  readonly index: number;
  readonly rating: RatingBand;
}

export interface MethodologyModel {
  readonly framework: Framework;
  readonly example: WorkedExample | null;
  readonly counts: DatasetCounts;
  readonly source: Dataset['source'];
  readonly scoredCount: number;
}

/** The page's facts from the data alone (the worked example, the counts). */
export function methodologyFacts(dataset: Dataset): MethodologyModel {
  return {
    framework: dataset.framework,
    example: workedExample(dataset),
    counts: datasetCounts(dataset),
    source: dataset.source,
    scoredCount: scoredIndicators(dataset.framework).length,
  };
}

/**
 * The example Member: the first, by code, whose latest return has every scored indicator, so that each
 * step of the method shows; failing that, the Member whose latest return is the most complete.
 */
export function workedExample(dataset: Dataset): WorkedExample | null {
  const table = scoresOf(dataset);
  let best: { member: Member; cycle: number; reported: number } | null = null;
  const members = [...dataset.members].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const member of members) {
    const cycle = memberLatestCycle(table, member.code);
    const scores = cycle === null ? undefined : table.members.get(member.code)?.get(cycle);
    if (cycle === null || !scores) continue;
    if (!best || scores.reported > best.reported) best = { member, cycle, reported: scores.reported };
    if (scores.reported === scores.expected) break;
  }
  if (!best) return null;
  const { member, cycle } = best;
  const scores = table.members.get(member.code)?.get(cycle);
  if (scores?.index == null) return null;
  const { framework } = dataset;
  const report = reportOf(dataset.observations, member.code, cycle);
  const withScores = new Set(scoredAreas(framework));
  const areas = framework.areas.map((area): ExampleArea => {
    const scored = areaScoredIndicators(framework, area.code);
    return {
      area,
      indicators: framework.indicators
        .filter((indicator) => indicator.area === area.code)
        .map((indicator) => {
          const observation = report.get(indicator.code) ?? null;
          return {
            indicator,
            observation,
            stage: observation ? indicatorStage(indicator.type, observation.value) : null,
            score: observation ? indicatorScore(indicator.type, observation.value) : null,
          };
        }),
      scored: scored.length,
      reported: scored.filter((indicator) => report.has(indicator.code)).length,
      score: withScores.has(area.code) ? areaScore(scored, report) : null,
    };
  });
  return {
    member,
    cycle,
    areas,
    reported: scores.reported,
    expected: scores.expected,
    index: scores.index,
    rating: rating(scores.index, framework.ratingBands),
  };
}

export interface MethodologyView {
  readonly framework: Framework;
  readonly scoredCount: number;
  /** The trend rules with the thresholds written in, strongest first. */
  readonly trends: readonly string[];
  readonly example: {
    readonly title: string;
    readonly body: string;
    readonly index: string;
    readonly rating: RatingBand;
    readonly ratingName: string;
    readonly table: TableSpec<ExampleRow>;
  } | null;
  readonly provenance: {
    readonly source: string;
    readonly illustrative: boolean;
    readonly counts: string;
    readonly open: string | null;
  };
  readonly tables: {
    readonly stages: TableSpec<StageDefinition>;
    readonly bands: TableSpec<RatingBand>;
    readonly indicators: TableSpec<IndicatorRow>;
  };
}

export function selectMethodology(dataset: Dataset, input: { readonly lang: Lang }): MethodologyView {
  const facts = methodologyFacts(dataset);
  const { framework, example, counts, source } = facts;
  const m = translator(methodologyMessages, input.lang);
  const i18n = createI18n(input.lang);
  const { fmt } = i18n;
  const text = { m, i18n };
  const { improving, moderate, stagnating } = TREND_THRESHOLDS;
  const n = (value: number) => fmt.change(value);
  const member = example ? i18n.name(example.member.name) : '';
  return {
    framework,
    scoredCount: facts.scoredCount,
    trends: [
      `↑ ${m('trends.improving', { min: n(improving) })}`,
      `↗ ${m('trends.moderate', { min: n(moderate), max: n(improving) })}`,
      `→ ${m('trends.stagnating', { min: n(stagnating), max: n(moderate) })}`,
      `↓ ${m('trends.declining', { max: n(stagnating) })}`,
    ],
    example: example && {
      title: m('example.title', { member, cycle: example.cycle }),
      body: m('example.body', { member, reported: example.reported, expected: example.expected, cycle: example.cycle }),
      index: m('example.index', {
        n: example.areas.filter((area) => area.score !== null).length,
        index: fmt.score(example.index),
        rating: i18n.name(example.rating.name),
      }),
      rating: example.rating,
      ratingName: i18n.name(example.rating.name),
      table: exampleTable(text, example, framework),
    },
    provenance: {
      source: m('provenance.source', { source: source.name, date: fmt.date(source.asOf) }),
      illustrative: source.illustrative,
      counts: `${m('provenance.counts', {
        members: fmt.integer(counts.members),
        submissions: fmt.integer(counts.submissions),
        observations: fmt.integer(counts.observations),
        first: framework.cycles.first,
        latest: framework.cycles.latest,
      })} ${m('provenance.shares', {
        validated: fmt.integer(counts.provenance.validated),
        share: fmt.percent(counts.provenance.validatedShare ?? 0),
        self: fmt.integer(counts.provenance.selfReported),
      })}`,
      open: framework.cycles.open === null ? null : m('provenance.open', { cycle: framework.cycles.open }),
    },
    tables: {
      stages: stagesTable(text, framework.stages),
      bands: bandsTable(text, framework.ratingBands),
      indicators: indicatorsTable(text, framework),
    },
  };
}
