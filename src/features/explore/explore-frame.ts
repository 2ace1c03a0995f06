// What the explorer's pickers offer (the frame), from the dataset alone and once per dataset: the measures
// grouped by programme area, the regions, Members and cycles, and the defaults the URL spec is built from.
import { cycleRange, latestClosedCycle, scoredAreas } from '@/domain/framework';
import { INDEX_CODE } from '@/domain/measures';
import type { Area, Dataset, Indicator, Member, Region } from '@/domain/types';

export type Mode = 'value' | 'change';

/** What the URL says to show. */
export interface ExploreView {
  readonly measure: string;
  readonly regions: readonly string[];
  readonly members: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly mode: Mode;
}

export interface MeasureOption {
  readonly code: string;
  readonly indicator: Indicator | null;
  readonly area: Area | null;
}

export interface MeasureGroup {
  /** The programme area, or null for the Index and the area scores. */
  readonly area: Area | null;
  readonly options: readonly MeasureOption[];
}

/** Everything the pickers offer, and the defaults; depends on the dataset only. */
export interface ExploreFrame {
  readonly measures: readonly MeasureGroup[];
  readonly measureCodes: ReadonlySet<string>;
  readonly regions: readonly Region[];
  readonly members: readonly Member[];
  readonly cycles: readonly number[];
  readonly first: number;
  readonly latest: number;
  readonly latestClosed: number;
  readonly baselineCycle: number;
}

const frames = new WeakMap<Dataset, ExploreFrame>();

export function selectExploreFrame(dataset: Dataset): ExploreFrame {
  let frame = frames.get(dataset);
  if (frame) return frame;
  const { framework } = dataset;
  const areaOf = (code: string) => framework.areas.find((area) => area.code === code) ?? null;
  const scored = scoredAreas(framework);
  const measures: MeasureGroup[] = [
    {
      area: null,
      options: [
        { code: INDEX_CODE, indicator: null, area: null },
        ...scored.map((code) => ({ code, indicator: null, area: areaOf(code) })),
      ],
    },
    ...framework.areas.map((area) => ({
      area,
      options: framework.indicators
        .filter((indicator) => indicator.area === area.code)
        .map((indicator) => ({ code: indicator.code, indicator, area })),
    })),
  ].filter((group) => group.options.length > 0);
  const cycles = cycleRange(framework);
  frame = {
    measures,
    measureCodes: new Set(measures.flatMap((group) => group.options.map((option) => option.code))),
    regions: framework.regions,
    members: dataset.members,
    cycles,
    first: framework.cycles.first,
    latest: framework.cycles.latest,
    latestClosed: latestClosedCycle(framework),
    baselineCycle: framework.resolution.baselineCycle,
  };
  frames.set(dataset, frame);
  return frame;
}
