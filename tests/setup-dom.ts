// Set-up for the component tests (jsdom): the DOM matchers, an unmounted tree after each test, and what jsdom
// lacks that the app asks for. Runs after setup.ts.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

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
if (!('IntersectionObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'IntersectionObserver', {
    configurable: true,
    writable: true,
    value: NeverIntersectingObserver,
  });
}

// jsdom has no matchMedia; the layout asks it for the system's colour scheme. A light system, unchanging.
if (typeof window.matchMedia !== 'function') {
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

afterEach(() => {
  cleanup();
});
