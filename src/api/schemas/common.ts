// Building blocks shared by the three contract documents.
import { z } from 'zod';

export const localizedSchema = z
  .object({
    en: z.string().min(1),
    fr: z.string().min(1),
  })
  .meta({ description: 'A text in English and French.' });

export const codeSchema = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9._-]{0,15}$/, 'must be 1–16 upper-case letters, digits, ".", "_" or "-"');

export const cycleSchema = z.int().min(1990).max(2100).meta({ description: 'A reporting cycle (a year).' });

export const isoDateSchema = z.iso.date().meta({ description: 'A calendar date, YYYY-MM-DD.' });
