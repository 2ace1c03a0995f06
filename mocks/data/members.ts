// How the illustrative generator scales each Member's counts and amounts (a large administration trains and
// seizes more). The Members themselves — codes, names, regions, kinds, accession years — are data:
// data/members.json (see data/README.md).
import type { Member } from '@/domain/types';
import { referenceMembers } from '../../data/reference.ts';

/** Drives the scale of count and currency values: a large administration trains and seizes more. */
export type MemberSize = 'small' | 'medium' | 'large';

export interface MemberEntry extends Member {
  readonly size: MemberSize;
}

const LARGE: ReadonlySet<string> = new Set([
  ...['USA', 'CAN', 'MEX', 'BRA', 'ARG', 'COL'],
  ...['CHN', 'IND', 'JPN', 'KOR', 'IDN', 'AUS', 'PAK', 'BGD', 'IRN', 'THA', 'MYS', 'VNM', 'PHL'],
  ...['RUS', 'DEU', 'FRA', 'GBR', 'ITA', 'ESP', 'NLD', 'POL', 'TUR', 'UKR'],
  ...['SAU', 'ARE', 'EGY', 'DZA', 'MAR', 'NGA', 'ZAF', 'ETH', 'KEN'],
]);

const SMALL: ReadonlySet<string> = new Set([
  ...['ATG', 'BHS', 'BRB', 'BLZ', 'BMU', 'CUW', 'LCA', 'VCT', 'GUY'],
  ...['COM', 'DJI', 'SYC', 'LSO', 'SWZ', 'ERI', 'SSD'],
  ...['AND', 'MLT', 'LUX', 'ISL', 'MNE', 'XKX', 'CYP'],
  ...['MDV', 'BTN', 'MAC', 'BRN', 'FJI', 'PLW', 'WSM', 'SLB', 'TLS', 'TON', 'VUT'],
  ...['PSE', 'BHR'],
  ...['CPV', 'STP', 'GMB', 'GNB'],
]);

function sizeOf(code: string): MemberSize {
  if (LARGE.has(code)) return 'large';
  return SMALL.has(code) ? 'small' : 'medium';
}

/** Every Member of data/members.json, in its order, with the size the generator gives it. */
export function generatorMembers(): readonly MemberEntry[] {
  return referenceMembers().members.map((member) => ({ ...member, size: sizeOf(member.code) }));
}
