// Test set-up shared by every vitest file: DOM matchers, the MSW server, and a clean slate per test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '@mocks/node';
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

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetPreferences();
});
afterAll(() => {
  server.close();
});
