// framework.json: the programme's areas, indicators, stages, rating bands and cycles. The framework is
// data: a new indicator or area needs no code change.
import * as z from 'zod/mini';
import type { Framework } from '@/domain/types';
import { codeSchema, cycleSchema, isoDateSchema, localizedSchema } from './common';

const stageValue = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const frameworkSchema = z
  .object({
    version: z.string().check(z.minLength(1), z.meta({ description: 'Contract version, "1" for this document.' })),
    resolution: z.object({
      name: localizedSchema,
      adopted: isoDateSchema,
      baselineCycle: cycleSchema,
    }),
    cycles: z.object({
      first: cycleSchema,
      latest: cycleSchema,
      open: z.nullable(cycleSchema).check(z.meta({ description: 'The cycle still being reported, or null.' })),
    }),
    regions: z.array(z.object({ code: codeSchema, name: localizedSchema })).check(z.minLength(1)),
    areas: z
      .array(z.object({ code: codeSchema, name: localizedSchema, description: z.optional(localizedSchema) }))
      .check(z.minLength(1)),
    indicators: z
      .array(
        z.object({
          code: codeSchema,
          area: codeSchema,
          name: localizedSchema,
          type: z.enum(['yesno', 'stage', 'percent', 'count', 'currency']),
          unit: z.optional(localizedSchema),
          unitOne: z.optional(localizedSchema).check(
            z.meta({
              description:
                'The unit for a single item ("officer" beside "officers"), used where the language says one; without it, `unit` is used for every number.',
            }),
          ),
          scored: z.boolean(),
          direction: z.enum(['up', 'down']),
        }),
      )
      .check(z.minLength(1)),
    stages: z
      .array(z.object({ value: stageValue, name: localizedSchema, description: localizedSchema }))
      .check(z.length(5)),
    ratingBands: z
      .array(
        z.object({
          code: z.enum(['initial', 'emerging', 'developing', 'established', 'advanced']),
          min: z.number().check(z.minimum(0), z.maximum(100)),
          name: localizedSchema,
        }),
      )
      .check(z.minLength(1)),
  })
  .check(
    z.superRefine((doc, ctx) => {
      const areas = new Set(doc.areas.map((a) => a.code));
      doc.indicators.forEach((indicator, i) => {
        if (!areas.has(indicator.area)) {
          ctx.addIssue({
            code: 'custom',
            path: ['indicators', i, 'area'],
            message: `unknown area "${indicator.area}"`,
          });
        }
        if (indicator.scored && (indicator.type === 'count' || indicator.type === 'currency')) {
          ctx.addIssue({
            code: 'custom',
            path: ['indicators', i, 'scored'],
            message: `a ${indicator.type} indicator is context and cannot be scored`,
          });
        }
      });
      reportDuplicates(ctx, 'regions', doc.regions);
      reportDuplicates(ctx, 'areas', doc.areas);
      reportDuplicates(ctx, 'indicators', doc.indicators);
      if (doc.cycles.first > doc.cycles.latest) {
        ctx.addIssue({ code: 'custom', path: ['cycles', 'first'], message: 'is after cycles.latest' });
      }
      if (doc.ratingBands[0]?.min !== 0) {
        ctx.addIssue({ code: 'custom', path: ['ratingBands', 0, 'min'], message: 'the first band must start at 0' });
      }
      doc.ratingBands.forEach((band, i) => {
        const previous = doc.ratingBands[i - 1];
        if (previous && band.min <= previous.min) {
          ctx.addIssue({ code: 'custom', path: ['ratingBands', i, 'min'], message: 'bands must rise' });
        }
      });
    }),
  ) satisfies z.ZodMiniType<Framework>;

export type FrameworkDocument = z.infer<typeof frameworkSchema>;

type IssueSink = Parameters<Parameters<typeof z.superRefine>[0]>[1];

function reportDuplicates(ctx: IssueSink, key: string, items: readonly { code: string }[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.code)) {
      ctx.addIssue({ code: 'custom', path: [key, i, 'code'], message: `duplicate code "${item.code}"` });
    }
    seen.add(item.code);
  });
}
