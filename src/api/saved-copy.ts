// The last good copy of the contract documents, kept in IndexedDB so the dashboard still shows its data when
// the data server cannot be reached (DESIGN §7). Loaded on demand: the first page load does not pay for it.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type * as z from 'zod/mini';
import { parseDocument } from './client';
import type { LoadedDataset } from './dataset';
import { decodeDataset } from './decode';
import { parseObservations } from './observations-document';
import { frameworkSchema } from './schemas/framework';
import { membersSchema } from './schemas/members';
import type { observationsSchema } from './schemas/observations';

export interface ContractDocuments {
  readonly framework: z.output<typeof frameworkSchema>;
  readonly members: z.output<typeof membersSchema>;
  readonly observations: z.output<typeof observationsSchema>;
}

/**
 * The documents as the server sent them. The texts are what is kept: a string is copied into IndexedDB in a
 * moment, where the parsed documents (thousands of objects) held a phone's page for tens of milliseconds.
 */
export interface ContractTexts {
  readonly framework: string;
  readonly members: string;
  readonly observations: string;
}

export interface SavedCopy {
  /** When the documents were fetched from the data server (epoch milliseconds). */
  readonly savedAt: number;
  readonly documents: ContractDocuments;
}

/** Bumped when the stored shape changes; a copy in another shape is ignored and replaced. */
const FORMAT = 2;

interface StoredCopy {
  readonly format: number;
  readonly savedAt: number;
  readonly texts: unknown;
}

let store: { readonly factory: IDBFactory; readonly use: UseStore } | undefined;

/** The store, opened once per IndexedDB (tests give each case a fresh one). */
function savedCopies(): UseStore {
  if (store?.factory !== indexedDB) {
    store = { factory: indexedDB, use: createStore('security-programme-dashboard', 'saved-data') };
  }
  return store.use;
}

/** Keeps the documents fetched from `base`, replacing the previous copy. */
export async function saveCopy(base: string, texts: ContractTexts, savedAt = Date.now()): Promise<void> {
  const stored: StoredCopy = { format: FORMAT, savedAt, texts };
  await set(base, stored, savedCopies());
}

/**
 * The copy last saved from `base`, checked against today's contract (an older version of the app may have
 * saved it); undefined if there is none, the browser keeps no storage, or the copy no longer fits.
 */
export async function readCopy(base: string): Promise<SavedCopy | undefined> {
  const stored = await get<StoredCopy>(base, savedCopies());
  if (stored?.format !== FORMAT || typeof stored.savedAt !== 'number') return undefined;
  const documents = await parseDocuments(stored.texts);
  if (!documents) {
    await del(base, savedCopies());
    return undefined;
  }
  return { savedAt: stored.savedAt, documents };
}

/** The saved texts read as fresh ones are, by the same checks; undefined if any no longer passes them. */
async function parseDocuments(value: unknown): Promise<ContractDocuments | undefined> {
  if (typeof value !== 'object' || value === null) return undefined;
  const { framework, members, observations } = value as Record<string, unknown>;
  if (typeof framework !== 'string' || typeof members !== 'string' || typeof observations !== 'string') {
    return undefined;
  }
  try {
    return {
      framework: parseDocument('framework.json', framework, frameworkSchema),
      members: parseDocument('members.json', members, membersSchema),
      observations: await parseObservations(observations),
    };
  } catch {
    return undefined;
  }
}

/** The same saved copy decodes to the same object, so views do not redraw each time a retry fails again. */
let lastRestored: { readonly savedAt: number; readonly dataset: LoadedDataset } | undefined;

/** The saved copy from `base`, decoded and marked as such, shown because fresh data failed for `reason`. */
export async function restoreCopy(base: string, reason: unknown): Promise<LoadedDataset | undefined> {
  const copy = await readCopy(base);
  if (copy === undefined) return undefined;
  if (lastRestored?.savedAt !== copy.savedAt) {
    const { framework, members, observations } = copy.documents;
    const dataset = decodeDataset(framework, members, observations);
    lastRestored = { savedAt: copy.savedAt, dataset: { ...dataset, savedCopy: { savedAt: copy.savedAt, reason } } };
  }
  return lastRestored.dataset;
}
