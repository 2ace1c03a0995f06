// A small framework and helpers for the domain's hand-worked tests (DESIGN §3).
import type { CycleReport, Framework, Indicator, Observation, RatingBand } from './types';

const t = (en: string) => ({ en, fr: en });

export const BANDS: readonly RatingBand[] = [
  { code: 'initial', min: 0, name: t('Initial') },
  { code: 'emerging', min: 20, name: t('Emerging') },
  { code: 'developing', min: 40, name: t('Developing') },
  { code: 'established', min: 60, name: t('Established') },
  { code: 'advanced', min: 80, name: t('Advanced') },
];

const indicator = (code: string, area: string, type: Indicator['type']): Indicator => ({
  code,
  area,
  name: t(code),
  type,
  scored: type !== 'count' && type !== 'currency',
  direction: 'up',
});

/**
 * Area A: a yes/no, a stage and a percent indicator (scored) and a count (context).
 * Area B: two stage indicators. Area C: a count only, so it has no score. 5 scored indicators in all.
 */
export const FRAMEWORK: Framework = {
  version: '1',
  resolution: { name: t('Punta Cana Resolution'), adopted: '2015-12-11', baselineCycle: 2015 },
  cycles: { first: 2015, latest: 2020, open: 2020 },
  regions: [
    { code: 'R1', name: t('Region one') },
    { code: 'R2', name: t('Region two') },
  ],
  areas: [
    { code: 'A', name: t('Area A') },
    { code: 'B', name: t('Area B') },
    { code: 'C', name: t('Area C') },
  ],
  indicators: [
    indicator('A.YES', 'A', 'yesno'),
    indicator('A.STAGE', 'A', 'stage'),
    indicator('A.PCT', 'A', 'percent'),
    indicator('A.COUNT', 'A', 'count'),
    indicator('B.ONE', 'B', 'stage'),
    indicator('B.TWO', 'B', 'stage'),
    indicator('C.COUNT', 'C', 'count'),
  ],
  stages: [0, 1, 2, 3, 4].map((value) => ({
    value: value as 0 | 1 | 2 | 3 | 4,
    name: t(`Stage ${value}`),
    description: t(''),
  })),
  ratingBands: BANDS,
};

export function observation(member: string, cycle: number, indicator: string, value: number): Observation {
  return { member, cycle, indicator, value, provenance: 'validated', status: 'final', submitted: `${cycle + 1}-03-01` };
}

/** A report from indicator code → value. */
export function report(values: Record<string, number>, member = 'AAA', cycle = 2015): CycleReport {
  return new Map(Object.entries(values).map(([code, value]) => [code, observation(member, cycle, code, value)]));
}
