// Building blocks shared by the three contract documents. zod's mini build keeps the Overview within its
// byte budget (DESIGN §7); `describeIssue` (errors.ts) turns its issues into plain words.
import * as z from 'zod/mini';

export const localizedSchema = z
  .object({
    en: z.string().check(z.minLength(1)),
    fr: z.string().check(z.minLength(1)),
  })
  .check(z.meta({ description: 'A text in English and French.' }));

export const codeSchema = z
  .string()
  .check(z.regex(/^[A-Z0-9][A-Z0-9._-]{0,15}$/, 'must be 1–16 upper-case letters, digits, ".", "_" or "-"'));

export const cycleSchema = z
  .int()
  .check(z.minimum(1990), z.maximum(2100), z.meta({ description: 'A reporting cycle (a year).' }));

export const isoDateSchema = z.iso.date().check(z.meta({ description: 'A calendar date, YYYY-MM-DD.' }));
