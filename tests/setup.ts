// Test set-up shared by every vitest file: the MSW server, IndexedDB and a clean slate per test. Component tests
// add the DOM matchers and jsdom's missing parts (setup-dom.ts); the engine's and scripts' tests do without them.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '@mocks/node';
import { savesSettled } from '@/api/dataset';
import { loadLanguage } from '@/lib/i18n/i18n';
import { resetPreferences } from '@/lib/preferences';

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // The app loads French on demand (main.tsx waits for it before the first screen); tests start with both.
  await loadLanguage('fr');
});
// Each test starts with an empty IndexedDB: no saved copy of the data unless the test makes one.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  // A save of the data still under way must land in this test's IndexedDB, not the next one's.
  await savesSettled();
  server.resetHandlers();
  resetPreferences();
});
afterAll(() => {
  server.close();
});
