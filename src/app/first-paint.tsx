// The first paint of the route's own content (its heading, its lead): the data and the charts' code are asked for
// only after it (main.tsx), so that on a slow network nothing shares the line with it. A lazily loaded view
// paints its loading panel first; the mark waits for the view itself.
import { useEffect } from 'react';

let painted: () => void = () => undefined;

/** A view that never paints (its code failed to load, it threw) must not keep the data from the rest of the page. */
const AT_THE_LATEST_MS = 4000;

/** Settles once the route's content, first committed, is on screen (or at the latest). */
export const firstPaint = new Promise<void>((resolve) => {
  painted = resolve;
  setTimeout(resolve, AT_THE_LATEST_MS);
});

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
