// The domain's own vocabulary. The wire format (src/api) is decoded into these shapes; nothing here
// knows about HTTP, zod or React.

export type Lang = 'en' | 'fr';

/** A text in every language the product speaks. */
export type Localized = Readonly<Record<Lang, string>>;

/**
 * How an indicator is measured. `yesno`, `stage` and `percent` are scored; `count` and `currency`
 * are context: shown in their own unit, never scored (DESIGN §3).
 */
export type IndicatorType = 'yesno' | 'stage' | 'percent' | 'count' | 'currency';

/** Maturity stage 0–4 (None, Initiated, Developing, Established, Advanced). */
export type Stage = 0 | 1 | 2 | 3 | 4;

export interface Region {
  readonly code: string;
  readonly name: Localized;
}

export interface Area {
  readonly code: string;
  readonly name: Localized;
  readonly description?: Localized;
}

export interface Indicator {
  readonly code: string;
  readonly area: string;
  readonly name: Localized;
  readonly type: IndicatorType;
  /** Unit of a context indicator, e.g. "USD" or "officers". */
  readonly unit?: Localized;
  /** The unit for one ("officer"), where the language's plural rules say one; `unit` serves when absent. */
  readonly unitOne?: Localized;
  /** Whether the indicator counts towards area scores and the Index. */
  readonly scored: boolean;
  /** Which way is progress. Every scored indicator in framework v1 is `up`. */
  readonly direction: 'up' | 'down';
}

/** What a score series measures: the Security Index or one programme area's score. */
export type ScoreMeasure = { readonly kind: 'index' } | { readonly kind: 'area'; readonly area: string };

/** Anything an analyst can plot: a score measure, or one indicator in its own unit. */
export type Measure = ScoreMeasure | { readonly kind: 'indicator'; readonly indicator: Indicator };

export interface StageDefinition {
  readonly value: Stage;
  readonly name: Localized;
  readonly description: Localized;
}

export type RatingCode = 'initial' | 'emerging' | 'developing' | 'established' | 'advanced';

export interface RatingBand {
  readonly code: RatingCode;
  /** Lowest unrounded score in the band; a band runs up to the next band's `min`. */
  readonly min: number;
  readonly name: Localized;
}

export interface Cycles {
  /** The baseline cycle, before the resolution took effect (2015). */
  readonly first: number;
  /** The most recent cycle with any data. */
  readonly latest: number;
  /** The cycle still being reported, if any (only partly reported). */
  readonly open: number | null;
}

export interface Resolution {
  readonly name: Localized;
  /** ISO date of adoption. */
  readonly adopted: string;
  readonly baselineCycle: number;
}

export interface Framework {
  readonly version: string;
  readonly resolution: Resolution;
  readonly cycles: Cycles;
  readonly regions: readonly Region[];
  readonly areas: readonly Area[];
  readonly indicators: readonly Indicator[];
  readonly stages: readonly StageDefinition[];
  readonly ratingBands: readonly RatingBand[];
}

export type MemberKind = 'state' | 'customs-territory';

export interface Member {
  readonly code: string;
  readonly name: Localized;
  readonly region: string;
  readonly kind: MemberKind;
  /** Year the administration joined; it exists in the data from this cycle on. */
  readonly joined: number;
}

export type Provenance = 'self-reported' | 'validated';
export type ObservationStatus = 'final' | 'provisional';

export interface Observation {
  readonly member: string;
  readonly indicator: string;
  readonly cycle: number;
  readonly value: number;
  readonly provenance: Provenance;
  readonly status: ObservationStatus;
  /** ISO date the value was submitted. */
  readonly submitted: string;
}

/** Where the loaded data comes from, for footers, exports and the Methodology page. */
export interface DataSource {
  readonly illustrative: boolean;
  readonly name: string;
  /** ISO date the data was produced. */
  readonly asOf: string;
}

/** A Member's observations in one cycle, keyed by indicator code. */
export type CycleReport = ReadonlyMap<string, Observation>;

/** Observations indexed Member → cycle → indicator. */
export type ObservationIndex = ReadonlyMap<string, ReadonlyMap<number, CycleReport>>;

export interface Dataset {
  readonly framework: Framework;
  readonly members: readonly Member[];
  readonly observations: ObservationIndex;
  readonly source: DataSource;
}
