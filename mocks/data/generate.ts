// Seeded, deterministic generator of the illustrative dataset (DESIGN §4): same options ⇒ byte-identical JSON.
import type { FrameworkDocument } from '@/api/schemas/framework';
import type { MembersDocument } from '@/api/schemas/members';
import type { ObservationsDocument, SubmissionRecord } from '@/api/schemas/observations';
import { frameworkAsOf, referenceFramework } from '../../data/reference.ts';
import { generatorMembers, type MemberEntry, type MemberSize } from './members.ts';

export const DEFAULT_SEED = 20151211;
export const SOURCE_NAME = 'Illustrative dataset (generated)';

export interface GenerateOptions {
  readonly seed: number;
  /** The open cycle; every earlier cycle is closed. */
  readonly currentYear: number;
  /** ISO date the data is "extracted"; every submission is dated before it. */
  readonly asOf: string;
}

export interface GeneratedDataset {
  readonly framework: FrameworkDocument;
  readonly members: MembersDocument;
  readonly observations: ObservationsDocument;
}

export function generateDataset(options: GenerateOptions): GeneratedDataset {
  // The framework and the Members are the reference data in data/ (what a real import uses by default too).
  const framework = frameworkAsOf(referenceFramework(), options.currentYear);
  const members = generatorMembers();
  const world = buildWorld(options, framework, members);
  const submissions = world.profiles.flatMap((profile) => memberSubmissions(world, profile));
  return {
    framework,
    members: { members: members.map(memberDocument) },
    observations: {
      asOf: options.asOf,
      source: { name: SOURCE_NAME, illustrative: true },
      submissions,
    },
  };
}

function memberDocument({ code, name, region, kind, joined }: MemberEntry): MembersDocument['members'][number] {
  return { code, name: { ...name }, region, kind, joined };
}

/** The three contract files as compact JSON, keyed by file name (what the build and MSW serve). */
export function datasetFiles(dataset: GeneratedDataset): Readonly<Record<string, string>> {
  return {
    'framework.json': JSON.stringify(dataset.framework),
    'members.json': JSON.stringify(dataset.members),
    'observations.json': JSON.stringify(dataset.observations),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Randomness. Every draw comes from a stream named after what it decides (seed, Member, indicator, cycle),
// so adding a cycle or a Member does not reshuffle the draws of the others: history stays put from year to year.

type Rng = () => number;

/** mulberry32: a tiny 32-bit PRNG, good enough for illustrative data; integer maths, so no engine drift. */
function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn a stream's name into a PRNG seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

function stream(seed: number, ...name: readonly (string | number)[]): Rng {
  return mulberry32(hash(`${seed}|${name.join('|')}`));
}

/** Approximately standard normal (Irwin–Hall of 4 uniforms): cheap, and bounded so no draw is absurd. */
function normal(rng: Rng): number {
  return (rng() + rng() + rng() + rng() - 2) * Math.sqrt(3);
}

function between(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng();
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

// ---------------------------------------------------------------------------------------------------------
// The model. Each Member has a security "maturity" that follows a logistic S-curve in time; its midpoint
// depends on the region (Europe and Asia-Pacific ahead, West/Central and East/Southern Africa later).

/** Year in which a typical Member of the region reaches half its maturity. */
const REGION_MIDPOINT: Readonly<Record<string, number>> = {
  EUR: 2014.5,
  AP: 2016.5,
  AMS: 2018,
  MENA: 2018.5,
  ESA: 2021,
  WCA: 2022,
};

/** Typical share of the questionnaire a Member of the region fills in. */
const REGION_DILIGENCE: Readonly<Record<string, number>> = {
  EUR: 0.95,
  AP: 0.88,
  AMS: 0.86,
  MENA: 0.84,
  ESA: 0.8,
  WCA: 0.78,
};

const SIZE_SCALE: Readonly<Record<MemberSize, number>> = { small: 0.3, medium: 1.5, large: 6 };

/** Years of the S-curve from 27% to 73% of maturity: wider is slower. */
const CURVE_WIDTH = 3;

/** Years by which an indicator's curve trails (+) or leads (−) the Member's overall maturity. */
const LAG: Readonly<Record<string, number>> = {
  'GOV.MANDATE': -2,
  'GOV.STRATEGY': -1,
  'GOV.FOCAL': -2.5,
  'PAX.API': 0,
  'PAX.PNR': 2.5,
  'PAX.TARGETING': 1,
  'STC.POWER': 0.5,
  'STC.OPERATION': 1,
  'SAL.PROTOCOL': 0,
  'CFT.CASH': -1.5,
  'CFT.FIU': 0.5,
  'COP.AGREEMENT': -0.5,
  'COP.CEN': 1,
};

/** UN Security Council resolution 2396 (Dec 2017) made API/PNR obligations: passenger controls jump in 2018. */
const RESOLUTION_2396_CYCLE = 2018;
const RESOLUTION_2396_BOOST = 2;

/** Training collapsed with COVID-19 in 2020 and recovered over 2021. */
const TRAINING_FACTOR: Readonly<Record<number, number>> = { 2020: 0.4, 2021: 0.75 };

/** PGS participation among reporting Members: ≈40% in 2016, rising to ≈55% in the latest closed cycle. */
const PGS_SHARE_2015 = 0.38;
const PGS_SHARE_2016 = 0.4;
const PGS_SHARE_LATEST = 0.55;

/** Share of Members that have already submitted for the open cycle. */
const OPEN_CYCLE_SUBMITTERS = 0.4;

interface Profile {
  readonly member: MemberEntry;
  /** Year the Member's maturity reaches half its ceiling. */
  readonly midpoint: number;
  /** How mature the Member gets in the long run (0–1); some plateau below "Advanced". */
  readonly ceiling: number;
  /** Chance of answering any given question (0–1). */
  readonly diligence: number;
  /** Multiplier for counts and amounts. */
  readonly scale: number;
  /** Higher means more likely to join Programme Global Shield. */
  readonly pgsPropensity: number;
  /** Whether the Member has already submitted for the open cycle. */
  readonly submittedOpenCycle: boolean;
}

interface World {
  readonly seed: number;
  readonly framework: FrameworkDocument;
  readonly cycles: readonly number[];
  readonly open: number;
  readonly asOfDay: number;
  readonly profiles: readonly Profile[];
  /** Member → cycle → reported indicator codes. */
  readonly plans: ReadonlyMap<string, ReadonlyMap<number, ReadonlySet<string>>>;
  /** Cycle → lowest propensity of a PGS participant. */
  readonly pgsThreshold: ReadonlyMap<number, number>;
}

function buildWorld(options: GenerateOptions, framework: FrameworkDocument, members: readonly MemberEntry[]): World {
  const cycles = range(framework.cycles.first, options.currentYear);
  const profiles = members.map((member) => buildProfile(options.seed, member));
  const plans = new Map(
    profiles.map((profile) => [profile.member.code, planReporting(options.seed, profile, cycles, framework)]),
  );
  const base = { seed: options.seed, framework, cycles, open: options.currentYear, asOfDay: dayNumber(options.asOf) };
  return { ...base, profiles, plans, pgsThreshold: pgsThresholds(profiles, plans, cycles) };
}

function buildProfile(seed: number, member: MemberEntry): Profile {
  const rng = stream(seed, 'profile', member.code);
  const sizeShift = member.size === 'large' ? -1 : member.size === 'small' ? 1 : 0;
  const midpoint = (REGION_MIDPOINT[member.region] ?? 2019) + sizeShift + 2 * normal(rng);
  return {
    member,
    midpoint,
    ceiling: between(rng, 0.5, 1),
    diligence: clamp((REGION_DILIGENCE[member.region] ?? 0.85) + 0.07 * normal(rng), 0.5, 1),
    scale: SIZE_SCALE[member.size] * (0.7 + 0.6 * rng()),
    pgsPropensity: -midpoint + 3 * normal(rng),
    submittedOpenCycle: rng() < OPEN_CYCLE_SUBMITTERS,
  };
}

/** Member maturity (0–1) on one indicator's curve in a cycle. `jitter` shifts the curve per Member-indicator. */
function maturity(profile: Profile, code: string, cycle: number, jitter: number): number {
  const boost = code.startsWith('PAX.') && cycle >= RESOLUTION_2396_CYCLE ? RESOLUTION_2396_BOOST : 0;
  const x = (cycle + boost - profile.midpoint - (LAG[code] ?? 0) - jitter) / CURVE_WIDTH;
  return profile.ceiling / (1 + Math.exp(-x));
}

// ---------------------------------------------------------------------------------------------------------
// Who reports what. Closed cycles: most Members answer most questions; some skip a whole cycle, a whole area
// or, chronically, one indicator. Open cycle: only the Members that have already submitted.

function planReporting(
  seed: number,
  profile: Profile,
  cycles: readonly number[],
  framework: FrameworkDocument,
): ReadonlyMap<number, ReadonlySet<string>> {
  const chronic = stream(seed, 'chronic', profile.member.code);
  const neverReported = new Set(framework.indicators.filter(() => chronic() < 0.03).map((indicator) => indicator.code));
  const plan = new Map<number, ReadonlySet<string>>();
  for (const cycle of cycles) {
    if (cycle < profile.member.joined) continue;
    const reported = planCycle(stream(seed, 'plan', profile.member.code, cycle), profile, cycle, framework, cycles);
    const kept = new Set([...reported].filter((code) => !neverReported.has(code)));
    // API and PNR are one question on the form: answered together or not at all.
    if (kept.has('PAX.API')) kept.add('PAX.PNR');
    else kept.delete('PAX.PNR');
    if (kept.size > 0) plan.set(cycle, kept);
  }
  return plan;
}

function planCycle(
  rng: Rng,
  profile: Profile,
  cycle: number,
  framework: FrameworkDocument,
  cycles: readonly number[],
): ReadonlySet<string> {
  const open = cycle === cycles[cycles.length - 1];
  const missing = 1 - profile.diligence;
  // The 2015 baseline was collected after the fact, so it is thinner.
  const skipCycle = open ? (profile.submittedOpenCycle ? 0 : 1) : 0.03 + 0.3 * missing + (cycle === 2015 ? 0.06 : 0);
  if (rng() < skipCycle) return new Set();
  const skippedAreas = new Set(framework.areas.filter(() => rng() < 0.02).map((area) => area.code));
  const reported = new Set<string>();
  for (const indicator of framework.indicators) {
    const skip = 0.02 + 0.25 * missing + (indicator.scored ? 0 : 0.1);
    if (!skippedAreas.has(indicator.area) && rng() >= skip) reported.add(indicator.code);
  }
  return reported;
}

/**
 * The PGS participation threshold per cycle: the top share of reporting Members by propensity take part.
 * The threshold never rises, so a participant stays one.
 */
function pgsThresholds(
  profiles: readonly Profile[],
  plans: ReadonlyMap<string, ReadonlyMap<number, ReadonlySet<string>>>,
  cycles: readonly number[],
): ReadonlyMap<number, number> {
  const thresholds = new Map<number, number>();
  let previous = Number.POSITIVE_INFINITY;
  for (const cycle of cycles) {
    const propensities = profiles
      .filter((profile) => plans.get(profile.member.code)?.get(cycle)?.has('PGS.MEMBER') ?? false)
      .map((profile) => profile.pgsPropensity)
      .sort((a, b) => b - a);
    const participants = Math.max(1, Math.round(pgsShare(cycle, cycles) * propensities.length));
    const threshold = Math.min(previous, propensities[participants - 1] ?? previous);
    thresholds.set(cycle, threshold);
    previous = threshold;
  }
  return thresholds;
}

function pgsShare(cycle: number, cycles: readonly number[]): number {
  if (cycle <= 2015) return PGS_SHARE_2015;
  const latestClosed = (cycles[cycles.length - 1] ?? cycle) - 1;
  if (latestClosed <= 2016) return PGS_SHARE_2016;
  const progress = clamp((cycle - 2016) / (latestClosed - 2016), 0, 1.1);
  return PGS_SHARE_2016 + (PGS_SHARE_LATEST - PGS_SHARE_2016) * progress;
}

// ---------------------------------------------------------------------------------------------------------
// Values.

type ValueFn = (world: World, profile: Profile, cycle: number, values: ReadonlyMap<string, number>) => number;

/** How each indicator's value is drawn; PAX.PNR, PAX.APICOV and PGS.POSTS come after what they depend on. */
const VALUE_FNS: Readonly<Record<string, ValueFn>> = {
  'GOV.MANDATE': stageValue('GOV.MANDATE'),
  'GOV.STRATEGY': yesNoValue('GOV.STRATEGY'),
  'GOV.FOCAL': yesNoValue('GOV.FOCAL'),
  'PAX.API': stageValue('PAX.API'),
  // A Member never has more access to PNR than to API (API comes first everywhere).
  'PAX.PNR': (world, profile, cycle, values) =>
    Math.min(stageValue('PAX.PNR')(world, profile, cycle, values), values.get('PAX.API') ?? 0),
  'PAX.APICOV': apiCoverage,
  'PAX.TARGETING': yesNoValue('PAX.TARGETING'),
  'PAX.TRAINED': trainedValue('PAX.TRAINED', 'PAX.API', 50),
  'STC.POWER': stageValue('STC.POWER'),
  'STC.TRAINERS': stcTrainers,
  'STC.OPERATION': operationJoined,
  'STC.SEIZURES': countValue('STC.SEIZURES', 'STC.POWER', 6, 0.7),
  'PGS.MEMBER': (world, profile, cycle) => (isPgsParticipant(world, profile, cycle) ? 1 : 0),
  'PGS.POSTS': pgsPosts,
  'PGS.SEIZURES': pgsSeizures,
  'SAL.PROTOCOL': stageValue('SAL.PROTOCOL'),
  'SAL.TRAINED': trainedValue('SAL.TRAINED', 'SAL.PROTOCOL', 25),
  'SAL.SEIZURES': countValue('SAL.SEIZURES', 'SAL.PROTOCOL', 40, 0.5),
  'CFT.CASH': stageValue('CFT.CASH'),
  'CFT.FIU': yesNoValue('CFT.FIU'),
  'CFT.DETAINED': cashDetained,
  'COP.AGREEMENT': yesNoValue('COP.AGREEMENT'),
  'COP.CEN': stageValue('COP.CEN'),
  'COP.OPERATIONS': copOperations,
  'CB.ACTIVITIES': capacityBuilding,
};

/** A stream fixed per Member and indicator: the Member's position on that indicator's curve. */
function latent(world: World, profile: Profile, code: string): Rng {
  return stream(world.seed, 'latent', profile.member.code, code);
}

function drawFor(world: World, profile: Profile, code: string, cycle: number): Rng {
  return stream(world.seed, 'value', profile.member.code, code, cycle);
}

function curve(world: World, profile: Profile, code: string, cycle: number): number {
  return maturity(profile, code, cycle, 1.2 * normal(latent(world, profile, code)));
}

/** Stage from the S-curve: it never goes down, except for an occasional one-cycle slip. */
function stageValue(code: string): ValueFn {
  return (world, profile, cycle) => {
    const modelled = Math.min(4, Math.floor(5 * curve(world, profile, code, cycle)));
    const slip = drawFor(world, profile, code, cycle)() < 0.02 ? 1 : 0;
    return Math.max(0, modelled - slip);
  };
}

/** "Yes" once the curve passes the Member's own threshold; rarely reported as "no" again for a cycle. */
function yesNoValue(code: string): ValueFn {
  return (world, profile, cycle) => {
    const rng = latent(world, profile, code);
    const jitter = 1.2 * normal(rng);
    const threshold = between(rng, 0.25, 0.75);
    const yes = maturity(profile, code, cycle, jitter) > threshold;
    return yes && drawFor(world, profile, code, cycle)() >= 0.01 ? 1 : 0;
  };
}

function percent(value: number): number {
  return Math.round(clamp(value, 0, 100) * 10) / 10;
}

const COVERAGE_BY_API_STAGE = [0, 12, 38, 68, 88];

function apiCoverage(world: World, profile: Profile, cycle: number, values: ReadonlyMap<string, number>): number {
  const api = values.get('PAX.API') ?? stageValue('PAX.API')(world, profile, cycle, values);
  if (api === 0) return 0;
  const offset = between(latent(world, profile, 'PAX.APICOV'), -10, 10);
  const noise = 2 * normal(drawFor(world, profile, 'PAX.APICOV', cycle));
  return percent((COVERAGE_BY_API_STAGE[api] ?? 0) + offset + noise);
}

function isPgsParticipant(world: World, profile: Profile, cycle: number): boolean {
  return profile.pgsPropensity >= (world.pgsThreshold.get(cycle) ?? Number.POSITIVE_INFINITY);
}

/** Participants equip more posts each year; others keep whatever capability they had (often none). */
function pgsPosts(world: World, profile: Profile, cycle: number): number {
  const rng = latent(world, profile, 'PGS.POSTS');
  const baseline = rng() < 0.6 ? 0 : 10 * rng();
  const pace = between(rng, 6, 14);
  const since = world.cycles.find((c) => c <= cycle && isPgsParticipant(world, profile, c));
  if (since === undefined) return percent(baseline);
  const noise = 3 * normal(drawFor(world, profile, 'PGS.POSTS', cycle));
  return percent(Math.max(baseline, 15 + pace * (cycle - since + 1) * profile.ceiling + noise));
}

/** A count around `mean`, with lognormal-like spread: most Members near it, a few far above. */
function spreadCount(rng: Rng, mean: number, spread: number): number {
  return Math.max(0, Math.round(mean * Math.exp(spread * normal(rng) - (spread * spread) / 2)));
}

function trainedValue(code: string, driver: string, perScale: number): ValueFn {
  return (world, profile, cycle) => {
    const level = 0.2 + curve(world, profile, driver, cycle);
    const factor = TRAINING_FACTOR[cycle] ?? 1;
    return spreadCount(drawFor(world, profile, code, cycle), perScale * profile.scale * level * factor, 0.3);
  };
}

function countValue(code: string, driver: string, perScale: number, spread: number): ValueFn {
  return (world, profile, cycle) => {
    const level = 0.15 + curve(world, profile, driver, cycle);
    return spreadCount(drawFor(world, profile, code, cycle), perScale * profile.scale * level, spread);
  };
}

/** Accredited trainers are a stock: it grows with maturity and does not jump around from year to year. */
function stcTrainers(world: World, profile: Profile, cycle: number): number {
  const offset = latent(world, profile, 'STC.TRAINERS')();
  return Math.floor(3 * Math.sqrt(profile.scale) * curve(world, profile, 'STC.POWER', cycle) + offset);
}

/** Taking part in an operation is a yearly decision, likelier for more mature Members. */
function operationJoined(world: World, profile: Profile, cycle: number): number {
  const chance = 0.15 + 0.65 * curve(world, profile, 'STC.OPERATION', cycle);
  return drawFor(world, profile, 'STC.OPERATION', cycle)() < chance ? 1 : 0;
}

function pgsSeizures(world: World, profile: Profile, cycle: number): number {
  const mean = profile.scale * (isPgsParticipant(world, profile, cycle) ? 10 : 1.5);
  return spreadCount(drawFor(world, profile, 'PGS.SEIZURES', cycle), mean, 0.7);
}

function copOperations(world: World, profile: Profile, cycle: number): number {
  const mean = 0.5 + 3 * curve(world, profile, 'COP.CEN', cycle);
  return Math.min(8, spreadCount(drawFor(world, profile, 'COP.OPERATIONS', cycle), mean, 0.4));
}

/** Capacity building goes mostly to the less mature, and paused with travel in 2020. */
function capacityBuilding(world: World, profile: Profile, cycle: number): number {
  const need = 1 - curve(world, profile, 'GOV.MANDATE', cycle);
  const mean = (0.5 + 4 * need) * (TRAINING_FACTOR[cycle] ?? 1);
  return spreadCount(drawFor(world, profile, 'CB.ACTIVITIES', cycle), mean, 0.4);
}

/** Amounts are reported rounded to three significant figures, which also keeps the file small. */
function cashDetained(world: World, profile: Profile, cycle: number): number {
  const mean = 120_000 * profile.scale * (0.1 + curve(world, profile, 'CFT.CASH', cycle));
  const amount = spreadCount(drawFor(world, profile, 'CFT.DETAINED', cycle), mean, 0.9);
  const unit = 10 ** Math.max(0, String(amount).length - 3);
  return Math.round(amount / unit) * unit;
}

// ---------------------------------------------------------------------------------------------------------
// Submissions: one record per Member, cycle and submission. Some Members send their context figures
// (counts, amounts) in a later, separate submission.

function memberSubmissions(world: World, profile: Profile): SubmissionRecord[] {
  const plan = world.plans.get(profile.member.code);
  if (!plan) return [];
  return [...plan].flatMap(([cycle, reported]) => cycleSubmissions(world, profile, cycle, reported));
}

function cycleSubmissions(
  world: World,
  profile: Profile,
  cycle: number,
  reported: ReadonlySet<string>,
): SubmissionRecord[] {
  const values = cycleValues(world, profile, cycle);
  const rng = stream(world.seed, 'submission', profile.member.code, cycle);
  const [start, end] = submissionWindow(world, cycle);
  const first = start + Math.floor(rng() * (end - start + 1));
  const later = first + 14 + Math.floor(rng() * 60);
  const splitContext = cycle !== world.open && rng() < 0.15 && later <= end;
  const context = new Set(world.framework.indicators.filter((i) => !i.scored).map((i) => i.code));
  const inMain = (code: string) => !(splitContext && context.has(code));
  const main = pick(world, reported, values, inMain);
  const extra = pick(world, reported, values, (code) => !inMain(code));
  const records = [record(world, profile, cycle, first, rng, main)];
  if (Object.keys(extra).length > 0) records.push(record(world, profile, cycle, later, rng, extra));
  return records.filter((r) => Object.keys(r.values).length > 0);
}

/** Every indicator's value in a cycle, in framework order so that dependent indicators see their drivers. */
function cycleValues(world: World, profile: Profile, cycle: number): ReadonlyMap<string, number> {
  const values = new Map<string, number>();
  for (const indicator of world.framework.indicators) {
    const fn = VALUE_FNS[indicator.code];
    if (fn) values.set(indicator.code, fn(world, profile, cycle, values));
  }
  return values;
}

/** The reported values that pass `keep`, keyed by indicator code in framework order (compresses better). */
function pick(
  world: World,
  reported: ReadonlySet<string>,
  values: ReadonlyMap<string, number>,
  keep: (code: string) => boolean,
): Record<string, number> {
  const picked: Record<string, number> = {};
  for (const { code } of world.framework.indicators) {
    const value = values.get(code);
    if (reported.has(code) && keep(code) && value !== undefined) picked[code] = value;
  }
  return picked;
}

function record(
  world: World,
  profile: Profile,
  cycle: number,
  day: number,
  rng: Rng,
  values: Record<string, number>,
): SubmissionRecord {
  const open = cycle === world.open;
  return {
    member: profile.member.code,
    cycle,
    submitted: isoDate(day),
    provenance: rng() < validatedShare(world, cycle) ? 'validated' : 'self-reported',
    status: open ? 'provisional' : 'final',
    values,
  };
}

/** Validation catches up with time: old cycles are mostly validated, the latest ones mostly self-reported. */
function validatedShare(world: World, cycle: number): number {
  if (cycle === world.open) return 0.05;
  const age = world.open - 1 - cycle;
  return 0.25 + (0.6 * Math.min(age, 5)) / 5;
}

/**
 * Days (since 1970) in which a cycle's returns arrive: the first half of the following year for a closed
 * cycle, the current year for the open one; never on or after asOf.
 */
function submissionWindow(world: World, cycle: number): readonly [number, number] {
  const open = cycle === world.open;
  const start = open ? dayNumber(`${cycle}-01-15`) : dayNumber(`${cycle + 1}-01-10`);
  const end = Math.min(open ? dayNumber(`${cycle}-12-31`) : dayNumber(`${cycle + 1}-06-30`), world.asOfDay - 1);
  return [Math.min(start, end), end];
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers.

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`asOf must be an ISO date (YYYY-MM-DD), got "${isoDate}"`);
  return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}
