// Node-only: writes the generated dataset as the static contract files the build ships.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetFiles, type GeneratedDataset } from './generate';

/** Writes framework.json, members.json and observations.json (compact JSON) into `dir`, creating it if needed. */
export function writeDataset(dir: string, dataset: GeneratedDataset): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, json] of Object.entries(datasetFiles(dataset))) {
    writeFileSync(join(dir, name), json, 'utf8');
  }
}
