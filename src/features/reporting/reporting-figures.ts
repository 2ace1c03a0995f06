// The Reporting view's figures, shaped from the dataset by the domain engine (pure): completeness by group
// and cycle, by Member and cycle, the open cycle's progress, gaps and provenance.
import type { Completeness } from '@/domain/aggregates';
import { latestClosedCycle } from '@/domain/framework';
import {
  completenessGrid,
  cycleReports,
  membersSubmitting,
  neverReported,
  provenanceShares,
  type CompletenessRow,
  type NeverReported,
  type ProvenanceShares,
} from '@/domain/reporting';
import { groupCompleteness, groupMembers, scoresOf, WORLD } from '@/domain/score-table';
import type { Dataset, Region } from '@/domain/types';
import type { I18n } from '@/lib/i18n/i18n';
import type { Translate } from '@/lib/i18n/messages';
import type { reportingMessages } from './messages';

export type ReportingKey = keyof (typeof reportingMessages)['en'];

export interface ProvenanceRow {
  readonly cycle: number;
  readonly shares: ProvenanceShares;
}

export interface GroupCompleteness {
  /** WORLD or a region code. */
  readonly group: string;
  /** One per cycle of the model, oldest first. */
  readonly cells: readonly Completeness[];
}

/** The open cycle's progress: its completeness so far and how many of its Members submitted anything. */
export interface OpenCycle {
  readonly cycle: number;
  readonly completeness: Completeness;
  readonly submitting: number;
  readonly of: number;
}

export interface ReportingModel {
  readonly cycles: readonly number[];
  readonly latestClosed: number;
  readonly regions: readonly Region[];
  /** The world first, then every region. */
  readonly groups: readonly GroupCompleteness[];
  readonly members: readonly CompletenessRow[];
  readonly gaps: readonly NeverReported[];
  readonly provenance: readonly ProvenanceRow[];
  readonly open: OpenCycle | null;
  readonly hasData: boolean;
}

/** The figures of every region; the view's state picks what is shown (selectReporting). */
export function reportingFigures(dataset: Dataset): ReportingModel {
  const table = scoresOf(dataset);
  const { framework } = dataset;
  const { cycles } = table;
  const latestClosed = latestClosedCycle(framework);
  const groups = [WORLD, ...framework.regions.map((region) => region.code)].map((group) => ({
    group,
    cells: cycles.map((cycle) => groupCompleteness(table, group, cycle)),
  }));
  const openCycle = framework.cycles.open;
  const openMembers = openCycle === null ? [] : groupMembers(table, WORLD, openCycle);
  return {
    cycles,
    latestClosed,
    regions: framework.regions,
    groups,
    members: completenessGrid(dataset, dataset.members, cycles),
    gaps: neverReported(dataset, latestClosed),
    provenance: cycles.map((cycle) => ({
      cycle,
      shares: provenanceShares(cycleReports(dataset.observations, cycle)),
    })),
    open:
      openCycle === null
        ? null
        : {
            cycle: openCycle,
            completeness: groupCompleteness(table, WORLD, openCycle),
            submitting: membersSubmitting(dataset.observations, openMembers, openCycle),
            of: openMembers.length,
          },
    hasData: dataset.observations.size > 0,
  };
}

/** A region's name, or the world's for WORLD. */
export function regionName(model: ReportingModel, code: string, i18n: I18n, m: Translate<ReportingKey>): string {
  const found = model.regions.find((item) => item.code === code);
  return code === WORLD ? m('world') : found ? i18n.name(found.name) : code;
}

/** A completeness share as a percentage for the chart (the chart's axis runs 0–100). */
export function percentOf(completeness: Completeness | undefined): number | null {
  return completeness?.share == null ? null : completeness.share * 100;
}

/** The heat map's shade for a share: six steps, so the printed percentage carries the exact value. */
export function shadeOf(share: number | null): string {
  if (share === null) return 'none';
  if (share === 0) return 'zero';
  if (share < 0.5) return 'low';
  if (share < 0.75) return 'mid';
  if (share < 1) return 'high';
  return 'full';
}
