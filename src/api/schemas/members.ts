// members.json: the Member administrations, their regions and accession years.
import * as z from 'zod/mini';
import { codeSchema, localizedSchema } from './common';

export const memberSchema = z.object({
  code: codeSchema.check(z.meta({ description: 'ISO 3166-1 alpha-3, or XKX for Kosovo.' })),
  name: localizedSchema,
  region: codeSchema,
  kind: z.enum(['state', 'customs-territory']),
  joined: z.int().check(
    z.minimum(1952), // the Customs Co-operation Council, now the WCO, was founded in 1952
    z.maximum(2100),
    z.meta({ description: 'Year of accession; the Member exists in the data from then on.' }),
  ),
});

export const membersSchema = z
  .object({
    members: z.array(memberSchema),
  })
  .check(
    z.superRefine((doc, ctx) => {
      const seen = new Set<string>();
      doc.members.forEach((member, i) => {
        if (seen.has(member.code)) {
          ctx.addIssue({ code: 'custom', path: ['members', i, 'code'], message: `duplicate code "${member.code}"` });
        }
        seen.add(member.code);
      });
    }),
  );

export type MembersDocument = z.infer<typeof membersSchema>;
