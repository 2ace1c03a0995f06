// observations.json: what Members reported. Compact encoding: one record per Member, cycle and
// submission (same provenance, status and date), holding that submission's values by indicator code.
// A value absent from every record was not reported.
import * as z from 'zod/mini';
import { codeSchema, cycleSchema, isoDateSchema } from './common';

export const submissionSchema = z.object({
  member: codeSchema,
  cycle: cycleSchema,
  submitted: isoDateSchema,
  provenance: z.enum(['self-reported', 'validated']),
  status: z.enum(['final', 'provisional']),
  // Keys are checked against the framework's indicators when the documents are decoded.
  values: z.record(z.string(), z.number()).check(
    z.meta({
      description:
        'Reported values by indicator code: 0/1 for yes/no, 0–4 for stages, 0–100 for percentages, ≥ 0 for counts and currency.',
    }),
  ),
});

export const asOfSchema = isoDateSchema.check(z.meta({ description: 'Date the data was extracted.' }));
export const sourceSchema = z.object({
  name: z.string().check(z.minLength(1)),
  illustrative: z.boolean().check(z.meta({ description: 'True for the generated illustrative dataset.' })),
});

export const observationsSchema = z.object({
  asOf: asOfSchema,
  source: sourceSchema,
  submissions: z.array(submissionSchema),
});

/** The document with its submissions left unchecked: the app checks them one by one, a slice at a time. */
export const observationsEnvelopeSchema = z.object({
  asOf: asOfSchema,
  source: sourceSchema,
  submissions: z.array(z.unknown()),
});

export type SubmissionRecord = z.infer<typeof submissionSchema>;
export type ObservationsDocument = z.infer<typeof observationsSchema>;
