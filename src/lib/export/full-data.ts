// The full data behind a chart, for its data package: every region, Member and cycle of its measure, with
// coverage and provenance, and the metadata that describes it. Pure: figures come from the domain engine.
import { aggregate } from '@/domain/aggregates';
import { measureIndicators, measureOf, memberEvidence } from '@/domain/measure-series';
import { groupMethod, groupValue, measureUnit, memberValue } from '@/domain/measures';
import { datasetCounts } from '@/domain/reporting';
import { scoresOf, WORLD } from '@/domain/score-table';
import type { Dataset, Lang, Measure } from '@/domain/types';
import { translator, type Translate } from '@/lib/i18n/messages';
import type { CsvTable } from './csv';
import { datasetObservations, OBSERVATION_COLUMNS } from './observations-csv';
import { packageMessages } from './package-messages';

type PackageKey = keyof typeof packageMessages.en;

export interface FullData {
  readonly table: CsvTable;
  readonly measure: Measure | null;
  readonly method: string;
}

/** The measure's full table, or every observation when the chart is not of one measure (code null). */
export function fullData(dataset: Dataset, code: string | null, lang: Lang): FullData {
  const m = translator(packageMessages, lang);
  const measure = code === null ? null : measureOf(dataset, code);
  if (!measure) {
    const rows = [...datasetObservations(dataset)].map((o) => [
      o.member,
      o.indicator,
      o.cycle,
      o.value,
      o.provenance,
      o.status,
      o.submitted,
    ]);
    return { table: { header: OBSERVATION_COLUMNS, rows }, measure: null, method: m('method.observations') };
  }
  return { table: measureTable(dataset, measure, lang, m), measure, method: m(`method.${groupMethod(measure)}`) };
}

export function measureName(dataset: Dataset, measure: Measure, lang: Lang): string {
  if (measure.kind === 'index') return translator(packageMessages, lang)('index');
  if (measure.kind === 'indicator') return measure.indicator.name[lang];
  const area = measure.area;
  return dataset.framework.areas.find((candidate) => candidate.code === area)?.name[lang] ?? area;
}

export function unitName(measure: Measure, lang: Lang): string {
  if (measureUnit(measure) === 'score') return translator(packageMessages, lang)('unit.score');
  return measure.kind === 'indicator' ? (measure.indicator.unit?.[lang] ?? '') : '';
}

function measureTable(dataset: Dataset, measure: Measure, lang: Lang, m: Translate<PackageKey>): CsvTable {
  const { cycles } = scoresOf(dataset);
  const unit = unitName(measure, lang);
  const header = [
    'kind',
    'code',
    'name',
    'region',
    'cycle',
    'value',
    'unit',
    'n',
    'of',
    'sufficient',
    'reported',
    'expected',
    'validated',
    'selfReported',
    'provisional',
    'submitted',
  ].map((column) => m(`col.${column}` as PackageKey));
  const rows: (string | number | null)[][] = [];
  const regionName = new Map(dataset.framework.regions.map((region) => [region.code, region.name[lang]]));
  const groups = [WORLD, ...dataset.framework.regions.map((region) => region.code)];
  for (const group of groups) {
    const world = group === WORLD;
    for (const cycle of cycles) {
      const value = groupValue(dataset, group, cycle, measure);
      rows.push([
        m(world ? 'kind.world' : 'kind.region'),
        group,
        world ? m('kind.world') : (regionName.get(group) ?? group),
        world ? '' : group,
        cycle,
        value.value,
        unit,
        value.n,
        value.of,
        m(value.sufficient ? 'yes' : 'no'),
        ...Array<null>(6).fill(null),
      ]);
    }
  }
  for (const member of dataset.members) {
    for (const cycle of cycles) {
      if (member.joined > cycle) continue;
      const evidence = memberEvidence(dataset, member.code, cycle, measure);
      rows.push([
        m('kind.member'),
        member.code,
        member.name[lang],
        member.region,
        cycle,
        memberValue(dataset, member.code, cycle, measure),
        unit,
        null,
        null,
        null,
        evidence.reported,
        evidence.expected,
        evidence.validated,
        evidence.selfReported,
        evidence.provisional,
        evidence.submitted,
      ]);
    }
  }
  return { header, rows };
}

export interface CoveragePoint {
  readonly cycle: number;
  /** Members with a value of the measure in the world, of all Members then. */
  readonly n: number;
  readonly of: number;
}

/** The world's coverage per cycle (for a measure), or Members reporting anything (for the whole dataset). */
export function worldCoverage(dataset: Dataset, measure: Measure | null): CoveragePoint[] {
  return scoresOf(dataset).cycles.map((cycle) => {
    if (measure) {
      const { n, of } = groupValue(dataset, WORLD, cycle, measure);
      return { cycle, n, of };
    }
    const members = dataset.members.filter((member) => member.joined <= cycle);
    const reported = members.map((member) =>
      (dataset.observations.get(member.code)?.get(cycle)?.size ?? 0) > 0 ? 1 : null,
    );
    const { n, of } = aggregate(reported, members.length);
    return { cycle, n, of };
  });
}

export interface ProvenanceCounts {
  readonly observations: number;
  readonly validated: number;
  readonly selfReported: number;
  readonly provisional: number;
}

/** Observations behind the measure (its indicators, every Member and cycle) by provenance and status. */
export function provenanceCounts(dataset: Dataset, measure: Measure | null): ProvenanceCounts {
  const codes = new Set(measure ? measureIndicators(dataset, measure).map((indicator) => indicator.code) : []);
  let observations = 0;
  let validated = 0;
  let provisional = 0;
  if (!measure) {
    const counts = datasetCounts(dataset).provenance;
    for (const o of datasetObservations(dataset)) if (o.status === 'provisional') provisional++;
    return { observations: counts.total, validated: counts.validated, selfReported: counts.selfReported, provisional };
  }
  for (const byCycle of dataset.observations.values()) {
    for (const report of byCycle.values()) {
      for (const observation of report.values()) {
        if (!codes.has(observation.indicator)) continue;
        observations++;
        if (observation.provenance === 'validated') validated++;
        if (observation.status === 'provisional') provisional++;
      }
    }
  }
  return { observations, validated, selfReported: observations - validated, provisional };
}
