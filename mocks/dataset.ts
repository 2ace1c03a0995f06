// The illustrative dataset as the mocks serve it: generated once per process from the default seed.
import { DEFAULT_SEED, generateDataset } from './data/generate';

export type ContractDocuments = ReturnType<typeof generateDataset>;

let cached: ContractDocuments | undefined;

/** Today's illustrative dataset: cycles up to the current year, which is open. */
export function illustrativeDataset(today: Date = new Date()): ContractDocuments {
  cached ??= generateDataset({
    seed: DEFAULT_SEED,
    currentYear: today.getUTCFullYear(),
    asOf: today.toISOString().slice(0, 10),
  });
  return cached;
}
