// Everything the Reporting view draws, from the dataset and the view's state (a pure `select`): the headline
// figures, the region choices, the completeness chart and the three tables, filtered to the region shown.
import type { Choice } from '@/components/ui/select';
import type { CompletenessRow, NeverReported } from '@/domain/reporting';
import { WORLD } from '@/domain/score-table';
import type { Dataset, Lang } from '@/domain/types';
import { createI18n } from '@/lib/i18n/i18n';
import { translator } from '@/lib/i18n/messages';
import type { FileNameParts } from '@/lib/export/file-name';
import type { TableSpec } from '@/lib/table/table-spec';
import { reportingMessages } from './messages';
import { completenessChart, type CompletenessChartModel } from './reporting-chart';
import { regionName, reportingFigures, type ProvenanceRow } from './reporting-figures';
import type { ReportingValues } from './reporting-state';
import { gapsTable, gridTable, provenanceTable } from './reporting-tables';

/** The view's state from the link and the language shown. */
export interface ReportingInput extends ReportingValues {
  readonly lang: Lang;
}

export interface ReportingStat {
  readonly label: string;
  readonly value: string;
  readonly note: string;
}

export interface ReportingView {
  /** What the page says instead when the data holds no observation at all. */
  readonly empty: { readonly title: string; readonly body: string } | null;
  readonly region: string;
  readonly regionChoices: readonly Choice[];
  readonly stats: readonly ReportingStat[];
  readonly chart: CompletenessChartModel;
  readonly grid: TableSpec<CompletenessRow>;
  readonly gaps: { readonly title: string; readonly body: string; readonly table: TableSpec<NeverReported> | null };
  readonly provenance: TableSpec<ProvenanceRow>;
  /** What each table's CSV download is named after. */
  readonly files: { readonly grid: FileNameParts; readonly gaps: FileNameParts; readonly provenance: FileNameParts };
}

export function selectReporting(dataset: Dataset, input: ReportingInput): ReportingView {
  const model = reportingFigures(dataset);
  const m = translator(reportingMessages, input.lang);
  const i18n = createI18n(input.lang);
  const { fmt } = i18n;
  const { region } = input;
  const regionLabel = region === '' ? m('allRegions') : regionName(model, region, i18n, m);
  const inRegion = <T extends { member: { region: string } }>(rows: readonly T[]) =>
    region === '' ? rows : rows.filter((row) => row.member.region === region);
  const worldLatest = model.groups.find((group) => group.group === WORLD)?.cells[
    model.cycles.indexOf(model.latestClosed)
  ];
  const shares = model.provenance.find((row) => row.cycle === model.latestClosed)?.shares;
  const stats: ReportingStat[] = [];
  if (model.open) {
    stats.push({
      label: m('openLabel', { cycle: model.open.cycle }),
      value: fmt.percent(model.open.completeness.share ?? 0),
      note: m('openNote', { n: fmt.integer(model.open.submitting), of: fmt.integer(model.open.of) }),
    });
  }
  stats.push({
    label: m('latestLabel', { cycle: model.latestClosed }),
    value: fmt.percent(worldLatest?.share ?? 0),
    note: m('latestNote'),
  });
  if (shares) {
    stats.push({
      label: m('validatedLabel', { cycle: model.latestClosed }),
      value: shares.validatedShare === null ? m('noData') : fmt.percent(shares.validatedShare),
      note: m('validatedNote', { validated: fmt.integer(shares.validated), self: fmt.integer(shares.selfReported) }),
    });
  }
  const gaps = inRegion(model.gaps);
  const text = { m, i18n };
  return {
    empty: model.hasData ? null : { title: i18n.t('empty.title'), body: i18n.t('empty.body') },
    region,
    regionChoices: [
      { id: '', label: m('allRegions') },
      ...model.regions.map((item) => ({ id: item.code, label: i18n.name(item.name) })),
    ],
    stats,
    chart: completenessChart(model, region, text),
    grid: gridTable(text, m('gridCaption', { region: regionLabel }), inRegion(model.members), model),
    gaps: {
      title: m('gapsTitle', { n: gaps.length }),
      body: m('gapsBody', { cycle: model.latestClosed }),
      table: gaps.length === 0 ? null : gapsTable(text, m('gapsCaption', { region: regionLabel }), gaps),
    },
    provenance: provenanceTable(text, model.provenance),
    files: reportingFiles(model.cycles, model.latestClosed, region),
  };
}

function reportingFiles(cycles: readonly number[], latest: number, region: string): ReportingView['files'] {
  const span: [number, number] = [cycles[0] ?? latest, cycles.at(-1) ?? latest];
  const group = region === '' ? 'world' : region;
  return {
    grid: { measure: 'reporting-completeness', group, cycles: span },
    gaps: { measure: 'never-reported', group, cycles: [latest, latest] },
    provenance: { measure: 'provenance', group: 'world', cycles: span },
  };
}
