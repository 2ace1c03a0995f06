// summary.json: an optional document of figures computed from the three others by the engine
// (domain/overview-facts.ts, domain/index-table.ts), so that the Overview and a scorecard's first screen can be
// drawn before the whole dataset has arrived. The build
// writes it beside the data; a live API may serve one too. Its `asOf` says which observations.json it was
// computed from: when that is not the data's, the app draws from the data itself.
import * as z from 'zod/mini';
import type { MemberIndex } from '@/domain/index-table';
import type { OverviewFacts } from '@/domain/overview-facts';
import { codeSchema, cycleSchema } from './common';
import { asOfSchema, sourceSchema } from './observations';

const count = z.int().check(z.minimum(0));
const share = z.number().check(z.minimum(0), z.maximum(1));
const nullableNumber = z.nullable(z.number());

const aggregatePoint = z.object({
  cycle: cycleSchema,
  value: nullableNumber,
  aggregate: z.object({ value: nullableNumber, n: count, of: count, coverage: share, sufficient: z.boolean() }),
});
const series = z.array(aggregatePoint);

const adoptionPoint = z.object({
  cycle: cycleSchema,
  adoption: z.object({
    rate: z.nullable(share),
    adopters: count,
    n: count,
    of: count,
    coverage: share,
    sufficient: z.boolean(),
  }),
});

export const summarySchema = z.object({
  asOf: asOfSchema.check(z.meta({ description: 'The asOf of the observations.json the figures were computed from.' })),
  source: sourceSchema,
  overview: z.object({
    hasData: z.boolean(),
    reporting: z.object({ n: count, of: count, coverage: share }),
    openCompleteness: z.nullable(share),
    index: z.object({ world: series, regions: z.record(codeSchema, series) }),
    areas: z.record(codeSchema, series),
    adoption: z.record(codeSchema, z.array(adoptionPoint)),
  }),
  memberIndex: z.optional(
    z
      .object({
        cycles: z.array(cycleSchema),
        members: z.record(codeSchema, z.array(nullableNumber)),
      })
      .check(
        z.meta({
          description:
            'The Security Index of every Member in each of `cycles` (null where it had none), for the scorecards. ' +
            'Without it, a scorecard waits for the data.',
        }),
      ),
  ),
});

/** The document as the engine makes it; what the schema lets through is one (the compiler checks it). */
export interface SummaryDocument {
  readonly asOf: string;
  readonly source: z.infer<typeof sourceSchema>;
  readonly overview: OverviewFacts;
  readonly memberIndex?: MemberIndex;
}
