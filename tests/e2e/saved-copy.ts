// When the app last saved its data in the browser (IndexedDB), read straight from the store: the offline tests
// wait for it before they cut the network.
import type { Page } from '@playwright/test';

const STORE = { database: 'security-programme-dashboard', store: 'saved-data' };

/** When the saved copy of the data was saved (epoch ms), read straight from IndexedDB; null if none yet. */
export async function savedAt(page: Page): Promise<number | null> {
  return page.evaluate(
    ({ database, store }) =>
      new Promise<number | null>((resolve) => {
        const open = indexedDB.open(database);
        open.onerror = () => {
          resolve(null);
        };
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve(null);
            return;
          }
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            const copies = all.result as { savedAt?: number }[];
            db.close();
            resolve(copies[0]?.savedAt ?? null);
          };
          all.onerror = () => {
            resolve(null);
          };
        };
      }),
    STORE,
  );
}
