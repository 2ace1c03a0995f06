// Every indicator of the framework for one Member, as the scorecard shows it: grouped by area, its latest value
// read in its own unit, stage, cycle and provenance, and what was reported in every cycle (the history table).
import { cycleRange } from '@/domain/framework';
import { reportOf } from '@/domain/observations';
import { indicatorStage } from '@/domain/stages';
import type { Dataset, Framework, Indicator, Member, Observation } from '@/domain/types';
import { unitText } from '@/lib/i18n/format';
import type { TableSpec } from '@/lib/table/table-spec';
import type { Words } from './scorecard-words';

export interface IndicatorLine {
  readonly code: string;
  readonly name: string;
  /** The latest value in words and unit, or "Never reported". */
  readonly value: string;
  /** The latest value's stage ("—" when never reported); null for a context indicator, which has none. */
  readonly stage: string | null;
  readonly cycle: string;
  readonly provenance: string;
  /** The short value reported in each cycle the Member existed in, oldest first. */
  readonly history: readonly { readonly cycle: number; readonly value: string }[];
}

export interface IndicatorGroup {
  readonly code: string;
  readonly name: string;
  readonly lines: readonly IndicatorLine[];
}

/** A reported value as a person reads it: Yes/No, the stage's name, a percentage, or a number in its unit. */
export function valueText({ t, i18n }: Words, framework: Framework, indicator: Indicator, value: number): string {
  switch (indicator.type) {
    case 'yesno':
      return value === 1 ? t('value.yes') : t('value.no');
    case 'stage': {
      const stage = framework.stages.find((candidate) => candidate.value === Math.round(value));
      return stage ? t('stage.value', { stage: stage.value, name: i18n.name(stage.name) }) : i18n.fmt.integer(value);
    }
    case 'percent':
      return i18n.fmt.percent(value / 100);
    case 'count':
    case 'currency':
      return indicator.unit
        ? `${i18n.fmt.integer(value)} ${unitText(i18n.lang, value, indicator.unit, indicator.unitOne)}`
        : i18n.fmt.integer(value);
  }
}

/** A short form for the history table, where space is tight. */
function shortText({ t, i18n }: Words, indicator: Indicator, value: number): string {
  switch (indicator.type) {
    case 'yesno':
      return value === 1 ? t('value.yes') : t('value.no');
    case 'percent':
      return i18n.fmt.percent(value / 100);
    default:
      return i18n.fmt.integer(value);
  }
}

function provenanceText({ t, i18n }: Words, latest: Observation): string {
  const text = `${t(`provenance.${latest.provenance}`)}, ${t('provenance.submitted', { date: i18n.fmt.date(latest.submitted) })}`;
  return latest.status === 'provisional' ? `${text} (${t('provenance.provisional')})` : text;
}

function indicatorLine(words: Words, dataset: Dataset, member: Member, indicator: Indicator): IndicatorLine {
  const reports = cycleRange(dataset.framework)
    .filter((cycle) => cycle >= member.joined)
    .map((cycle) => ({
      cycle,
      observation: reportOf(dataset.observations, member.code, cycle).get(indicator.code) ?? null,
    }));
  const latest = reports.findLast((report) => report.observation !== null)?.observation ?? null;
  const stage = latest ? indicatorStage(indicator.type, latest.value) : null;
  return {
    code: indicator.code,
    name: words.i18n.name(indicator.name),
    value: latest ? valueText(words, dataset.framework, indicator, latest.value) : words.t('value.notReported'),
    stage: indicator.scored ? String(stage ?? '—') : null,
    cycle: latest ? String(latest.cycle) : '—',
    provenance: latest ? provenanceText(words, latest) : '—',
    history: reports.map(({ cycle, observation }) => ({
      cycle,
      value: observation ? shortText(words, indicator, observation.value) : words.t('history.none'),
    })),
  };
}

export function indicatorGroups(words: Words, dataset: Dataset, member: Member): IndicatorGroup[] {
  return dataset.framework.areas.map((area) => ({
    code: area.code,
    name: words.i18n.name(area.name),
    lines: dataset.framework.indicators
      .filter((indicator) => indicator.area === area.code)
      .map((indicator) => indicatorLine(words, dataset, member, indicator)),
  }));
}

/** What the Member reported for every indicator in every cycle it existed in. */
export function historyTable(
  words: Words,
  member: Member,
  cycles: readonly number[],
  groups: readonly IndicatorGroup[],
): TableSpec<IndicatorLine> {
  const { t, i18n } = words;
  const shown = cycles.filter((cycle) => cycle >= member.joined);
  return {
    caption: t('history.caption', { area: t('indicators.title'), member: i18n.name(member.name) }),
    rows: groups.flatMap((group) => group.lines),
    rowKey: (line) => line.code,
    columns: [
      { key: 'indicator', header: t('col.indicator'), rowHeader: true, cell: (line) => line.name },
      ...shown.map((cycle) => ({
        key: String(cycle),
        header: String(cycle),
        numeric: true,
        cell: (line: IndicatorLine) => line.history.find((point) => point.cycle === cycle)?.value ?? t('history.none'),
      })),
    ],
  };
}
