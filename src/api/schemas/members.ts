// members.json: the Member administrations, their regions and accession years.
import { z } from 'zod';
import { codeSchema, cycleSchema, localizedSchema } from './common';

export const memberSchema = z.object({
  code: codeSchema.meta({ description: 'ISO 3166-1 alpha-3, or XKX for Kosovo.' }),
  name: localizedSchema,
  region: codeSchema,
  kind: z.enum(['state', 'customs-territory']),
  joined: cycleSchema.meta({ description: 'Year of accession; the Member exists in the data from then on.' }),
});

export const membersSchema = z
  .object({
    members: z.array(memberSchema),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.members.forEach((member, i) => {
      if (seen.has(member.code)) {
        ctx.addIssue({ code: 'custom', path: ['members', i, 'code'], message: `duplicate code "${member.code}"` });
      }
      seen.add(member.code);
    });
  });

export type MembersDocument = z.infer<typeof membersSchema>;
