// The data contract written out for data providers: JSON Schema generated from the zod schemas, so the
// document can never drift from what the app validates.
import * as z from 'zod/mini';
import { frameworkSchema } from '../src/api/schemas/framework';
import { membersSchema } from '../src/api/schemas/members';
import { observationsSchema } from '../src/api/schemas/observations';
import { summarySchema } from '../src/api/schemas/summary';

export const CONTRACT_DIR = 'docs/contract';

const DOCUMENTS = {
  'framework.schema.json': { schema: frameworkSchema, title: 'framework.json — the Security Programme framework (v1)' },
  'members.schema.json': { schema: membersSchema, title: 'members.json — WCO Member administrations (v1)' },
  'observations.schema.json': { schema: observationsSchema, title: 'observations.json — Member-reported values (v1)' },
  'summary.schema.json': {
    schema: summarySchema,
    title: 'summary.json — optional: the Overview’s figures, computed from the other three (v1)',
  },
} as const;

/** File name → JSON Schema text, as committed under docs/contract. */
export function contractSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, { schema, title }] of Object.entries(DOCUMENTS)) {
    // "input" describes what a provider may send: optional fields stay optional, extra fields are allowed.
    const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
    files[file] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return files;
}
