// Work that waits for the browser's first idle moment after something was drawn: what is below the fold, and the
// data a view does not need for its first screen.
import { startTransition, useEffect, useState } from 'react';

/**
 * True once the browser is idle after `drawn` became true (at the latest after `timeoutMs`; a moment later where
 * there is no requestIdleCallback). Set in a transition: what it brings renders without holding the page.
 */
export function useIdleOnceDrawn(drawn: boolean, timeoutMs = 3000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!drawn || idle) return;
    const done = () => {
      startTransition(() => {
        setIdle(true);
      });
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(done, { timeout: timeoutMs });
      return () => {
        cancelIdleCallback(id);
      };
    }
    const id = setTimeout(done, 150);
    return () => {
      clearTimeout(id);
    };
  }, [drawn, idle, timeoutMs]);
  return idle;
}
