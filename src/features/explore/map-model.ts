// What the map shows for a measure in a cycle: each Member's value, its colour class (its rating for scores;
// a quintile of the values for counts and amounts, which have no rating), and the evidence behind it.
import { hasRating, memberValue } from '@/domain/measures';
import { measureCode, memberEvidence, type MemberEvidence } from '@/domain/measure-series';
import { rating } from '@/domain/ratings';
import { type Dataset, type Member, type RatingBand, type RatingCode, type Measure } from '@/domain/types';

/** Colour classes: the five rating colours, used in order for the quintiles of a context measure too. */
export const CLASS_CODES: readonly RatingCode[] = ['initial', 'emerging', 'developing', 'established', 'advanced'];

export interface MapEntry {
  readonly member: Member;
  readonly value: number | null;
  /** The colour class, or null when the Member has no value. */
  readonly colour: RatingCode | null;
  /** The rating, for score measures. */
  readonly rating: RatingBand | null;
  readonly evidence: MemberEvidence;
}

export type LegendItem =
  | { readonly colour: RatingCode; readonly kind: 'rating'; readonly band: RatingBand }
  | { readonly colour: RatingCode; readonly kind: 'range'; readonly low: number; readonly high: number };

export interface MapModel {
  readonly cycle: number;
  readonly entries: ReadonlyMap<string, MapEntry>;
  readonly legend: readonly LegendItem[];
  /** Members that exist in the cycle and have a value. */
  readonly withValue: number;
}

const models = new WeakMap<Dataset, Map<string, MapModel>>();

/** The map of a measure in a cycle, memoised per dataset. */
export function selectMapModel(dataset: Dataset, measure: Measure, cycle: number): MapModel {
  let cache = models.get(dataset);
  if (!cache) {
    cache = new Map();
    models.set(dataset, cache);
  }
  const key = `${measureCode(measure)}|${cycle}`;
  let model = cache.get(key);
  if (!model) {
    model = buildMapModel(dataset, measure, cycle);
    cache.set(key, model);
  }
  return model;
}

function buildMapModel(dataset: Dataset, measure: Measure, cycle: number): MapModel {
  const bands = dataset.framework.ratingBands;
  const present = dataset.members.filter((member) => member.joined <= cycle);
  const values = present.map((member) => memberValue(dataset, member.code, cycle, measure));
  const scored = hasRating(measure);
  const breaks = scored ? [] : quintileBreaks(values.filter((value): value is number => value !== null));
  const entries = new Map<string, MapEntry>();
  present.forEach((member, i) => {
    const value = values[i] ?? null;
    const band = scored && value !== null ? rating(value, bands) : null;
    entries.set(member.code, {
      member,
      value,
      rating: band,
      colour: value === null ? null : (band?.code ?? classOf(value, breaks)),
      evidence: memberEvidence(dataset, member.code, cycle, measure),
    });
  });
  const legend: LegendItem[] = scored
    ? bands.map((band) => ({ colour: band.code, kind: 'rating', band }))
    : breaks.slice(0, -1).map((low, i) => ({
        colour: CLASS_CODES[i] ?? 'initial',
        kind: 'range',
        low,
        high: breaks[i + 1] ?? low,
      }));
  return { cycle, entries, legend, withValue: values.filter((value) => value !== null).length };
}

/**
 * Up to six break points cutting the values into at most five classes of about equal size; repeated breaks
 * (many equal values) are merged, so a class is never empty of range.
 */
export function quintileBreaks(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  const sorted = [...values].sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let q = 0; q <= 5; q++) {
    const value = sorted[Math.min(sorted.length - 1, Math.floor((q / 5) * (sorted.length - 1)))] ?? 0;
    if (breaks.at(-1) !== value) breaks.push(value);
  }
  if (breaks.length === 1) breaks.push(breaks[0] ?? 0);
  return breaks;
}

/** The class of a value: the last break at or below it (the top break closes the last class). */
export function classOf(value: number, breaks: readonly number[]): RatingCode {
  let index = 0;
  for (let i = 0; i < breaks.length - 1; i++) if (value >= (breaks[i] ?? 0)) index = i;
  return CLASS_CODES[index] ?? 'initial';
}
