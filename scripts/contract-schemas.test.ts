import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACT_DIR, contractSchemaFiles } from './contract-schemas';

describe('the written data contract', () => {
  it.each(Object.entries(contractSchemaFiles()))('%s matches the schemas the app validates with', (file, text) => {
    // When this fails, the zod schemas changed: run `npm run contract` and commit docs/contract.
    expect(readFileSync(join(CONTRACT_DIR, file), 'utf8')).toBe(text);
  });

  it('names the fields a provider must send', () => {
    const observations = JSON.parse(contractSchemaFiles()['observations.schema.json'] ?? '{}') as {
      required?: string[];
    };
    expect(observations.required).toEqual(expect.arrayContaining(['asOf', 'source', 'submissions']));
  });
});
