// The first paint of the route's own content (its heading, its lead): the data and the charts' code are asked for
// only after it (main.tsx), so that on a slow network nothing shares the line with it. A lazily loaded view with a
// heading of its own is first painted from that heading alone, and its code is asked for after it (routes.tsx);
// for any other lazily loaded view, the mark waits for the view itself.
import { useEffect } from 'react';
import { useTransitionStore } from '@/lib/transition-store';

let painted: () => void = () => undefined;

/** A view that never paints (its code failed to load, it threw) must not keep the data from the rest of the page. */
const AT_THE_LATEST_MS = 4000;

/** Settles once the route's content, first committed, is on screen (or at the latest). */
export const firstPaint = new Promise<void>((resolve) => {
  painted = resolve;
  setTimeout(resolve, AT_THE_LATEST_MS);
});

let done = false;
const listeners = new Set<() => void>();
void firstPaint.then(() => {
  done = true;
  for (const listener of listeners) listener();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isFirstPaintDone = () => done;

/** Whether the first paint is on screen: what waits for it renders once it is, as a transition. */
export function useFirstPaintDone(): boolean {
  return useTransitionStore(subscribe, isFirstPaintDone);
}

/** Rendered beside a route's content, inside the route's own loading boundary. */
export function FirstPaint() {
  useEffect(() => {
    // The next frame's callback runs once this frame has been presented: the paint is on screen by then.
    requestAnimationFrame(() => {
      requestAnimationFrame(() => {
        setTimeout(painted, 0);
      });
    });
  }, []);
  return null;
}
