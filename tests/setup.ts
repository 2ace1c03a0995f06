// Test set-up shared by every vitest file: DOM matchers, the MSW server, and a clean slate per test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '@mocks/node';
import { savesSettled } from '@/api/dataset';
import { loadLanguage } from '@/lib/i18n/i18n';
import { resetPreferences } from '@/lib/preferences';

// jsdom has no ResizeObserver; Recharts' container needs one to mount (drawing is checked in Playwright).
class NoopResizeObserver {
  observe(): void {
    // Nothing is measured in jsdom.
  }
  unobserve(): void {
    // Nothing to stop.
  }
  disconnect(): void {
    // Nothing to stop.
  }
}
if (!('ResizeObserver' in globalThis)) globalThis.ResizeObserver = NoopResizeObserver;

// jsdom has no IntersectionObserver, and lays nothing out: a chart box never nears the viewport, so the Recharts
// code is never loaded (it would draw nothing here either). Charts are drawn and checked in Playwright.
class NeverIntersectingObserver {
  observe(): void {
    // Nothing is laid out in jsdom.
  }
  unobserve(): void {
    // Nothing to stop.
  }
  disconnect(): void {
    // Nothing to stop.
  }
  takeRecords(): [] {
    return [];
  }
}
if (typeof window !== 'undefined' && !('IntersectionObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'IntersectionObserver', {
    configurable: true,
    writable: true,
    value: NeverIntersectingObserver,
  });
}

// jsdom has no matchMedia; the layout asks it for the system's colour scheme. A light system, unchanging.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

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
  cleanup();
  // A save of the data still under way must land in this test's IndexedDB, not the next one's.
  await savesSettled();
  server.resetHandlers();
  resetPreferences();
});
afterAll(() => {
  server.close();
});
