// `npm run contract`: regenerates docs/contract/*.schema.json from the zod schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT_DIR, contractSchemaFiles } from './contract-schemas';

mkdirSync(CONTRACT_DIR, { recursive: true });
for (const [file, text] of Object.entries(contractSchemaFiles())) {
  writeFileSync(join(CONTRACT_DIR, file), text);
  console.log(`wrote ${join(CONTRACT_DIR, file)}`);
}
