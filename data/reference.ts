// The reference data beside this file — the Security Programme framework and the WCO membership — as the
// import (`npm run data:import`, by default) and the illustrative generator (mocks/data/generate.ts) both use
// it. Edit the JSON files, not code: data/README.md says how. The import reads them from disk itself, to report
// a broken file with its path; this module is for code that bundles them (the generator runs in the browser too).
import type { FrameworkDocument } from '../src/api/schemas/framework.ts';
import type { MembersDocument } from '../src/api/schemas/members.ts';
import frameworkFile from './framework.json' with { type: 'json' };
import membersFile from './members.json' with { type: 'json' };

/** Where the files are, for tools that read them from disk. */
export const REFERENCE_FILES = {
  framework: new URL('./framework.json', import.meta.url),
  members: new URL('./members.json', import.meta.url),
} as const;

// The files are taken as the contract documents they must be, without checking them here: that keeps the
// contract's schemas out of vite.config.ts's own loading. They are checked where it matters — by the import,
// which reads them from disk and names the broken field, and by scripts/import/reference-data.test.ts.

/** data/framework.json. Its `cycles.latest` and `cycles.open` are placeholders that users of it set. */
export function referenceFramework(): FrameworkDocument {
  return frameworkFile as unknown as FrameworkDocument;
}

/** data/members.json. */
export function referenceMembers(): MembersDocument {
  return membersFile as unknown as MembersDocument;
}

/** The framework with its cycles as of `currentYear`, whose cycle is the open one (what the generator serves). */
export function frameworkAsOf(reference: FrameworkDocument, currentYear: number): FrameworkDocument {
  return { ...reference, cycles: { first: reference.cycles.first, latest: currentYear, open: currentYear } };
}
