// When a chart is drawn. A chart draws only when it is near the viewport, when the page is printed, or when its
// frame needs the drawing (a download); until then its box keeps the chart's height (no layout shift) and the
// frame's text summary and table carry the same figures. It is drawn first as a sketch (chart-sketch.tsx);
// Recharts, the largest part of the app's code and the costliest to mount, is loaded and drawn in its place when
// a reader reaches for the chart, the page is printed or the chart is exported (chart.tsx).
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type * as LineChartCode from './line-chart';

/**
 * Charts start drawing this far ahead of the viewport (a fraction of its height), so that scrolling finds them drawn
 * but a chart just below a phone's first screen is not drawn while the page loads (a chart is its costliest work).
 */
const AHEAD = '25% 0px';

type LineChartModule = typeof LineChartCode;

let lineChart: { readonly module?: LineChartModule; readonly error?: Error } = {};
const lineChartListeners = new Set<() => void>();
let loading: Promise<LineChartModule> | undefined;

/** The Recharts code: fetched when a reader first reaches for a chart, or a chart is printed or exported. */
export function loadLineChart(): Promise<LineChartModule> {
  // One download and one store update, however many charts ask; a failed one may be asked for again.
  loading ??= import('./line-chart').then(
    (module) => {
      lineChart = { module };
      for (const listener of lineChartListeners) listener();
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      lineChart = { error: error instanceof Error ? error : new Error(String(error)) };
      for (const listener of lineChartListeners) listener();
      throw error;
    },
  );
  return loading;
}

/**
 * The Recharts code once `wanted` (fetching it then if need be), or undefined while it loads; a failed download is
 * thrown for the view's error boundary. Not React.lazy: a lazy component's first render always suspends, and React
 * holds a revealed Suspense boundary back for up to 300 ms — a chart drawn that much later than its data.
 */
export function useLineChartModule(wanted: boolean): LineChartModule | undefined {
  const state = useSyncExternalStore(
    (listener) => {
      lineChartListeners.add(listener);
      return () => lineChartListeners.delete(listener);
    },
    () => lineChart,
    () => lineChart,
  );
  useEffect(() => {
    if (wanted && !state.module) loadLineChart().catch(() => undefined); // the failure is thrown below
  }, [wanted, state.module]);
  if (wanted && state.error !== undefined && !state.module) throw state.error;
  return wanted ? state.module : undefined;
}

let printing = false;
const printListeners = new Set<() => void>();

/** Draws every chart on the page from now on (printing, a PDF brief). */
function startPrinting(): void {
  if (printing) return;
  printing = true;
  for (const listener of printListeners) listener();
}

if (typeof window !== 'undefined') {
  // Printing or saving as PDF draws every chart; React renders the change before the page is laid out for print.
  window.addEventListener('beforeprint', startPrinting);
}

function onPrinting(listener: () => void): () => void {
  printListeners.add(listener);
  return () => printListeners.delete(listener);
}

function usePrinting(): boolean {
  return useSyncExternalStore(
    onPrinting,
    () => printing,
    () => false,
  );
}

/** Set by a chart frame that needs its chart drawn now (for a download). */
export const DrawNowContext = createContext(false);

/**
 * Whether the chart in the box given to `ref` should be drawn: once it has neared the viewport, the page is
 * printed or its frame asks, it stays drawn. Without IntersectionObserver (old browsers, jsdom) it draws at once.
 * `now` says the whole chart is needed at once (printing, an export), not its sketch.
 */
export function useDrawWhenNear(): {
  readonly ref: (box: Element | null) => void;
  readonly draw: boolean;
  readonly now: boolean;
} {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [box, setBox] = useState<Element | null>(null);
  const forced = useContext(DrawNowContext);
  const print = usePrinting();
  useEffect(() => {
    if (near || !box) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(box);
    return () => {
      observer.disconnect();
    };
  }, [near, box]);
  return { ref: setBox, draw: near || forced || print, now: forced || print };
}

const DRAW_TIMEOUT_MS = 10_000;

/** Resolves once the chart inside `figure` is drawn (its Recharts surface is in the page). */
export function whenDrawn(figure: Element): Promise<void> {
  const drawn = () => figure.querySelector('.recharts-wrapper svg.recharts-surface') !== null;
  if (drawn()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the chart could not be drawn'));
    }, DRAW_TIMEOUT_MS);
    observer.observe(figure, { childList: true, subtree: true });
  });
}

/** Draws every chart of the page and resolves once all are drawn: a PDF brief copies them from the page. */
export async function drawEveryChart(): Promise<void> {
  startPrinting();
  await Promise.all([...document.querySelectorAll('[data-chart-drawn]')].map((box) => whenDrawn(box)));
}
