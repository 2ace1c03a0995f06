// A value from a store outside React, read as useSyncExternalStore reads it, but whose changes re-render the caller
// as a transition, which React renders a slice at a time. useSyncExternalStore's updates are always synchronous:
// config.json's arrival was one re-render of the whole page in one task (~120 ms at a phone's speed, 4x CPU).
import { startTransition, useEffect, useState } from 'react';

/** `read()` now, and again (as a transition) whenever `subscribe`'s listener is called; both must be stable. */
export function useTransitionStore<T>(subscribe: (listener: () => void) => () => void, read: () => T): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const update = () => {
      startTransition(() => {
        setValue(read());
      });
    };
    const unsubscribe = subscribe(update);
    // A change between this render and the subscription: nothing would say so again.
    if (read() !== value) update();
    return unsubscribe;
  }, [subscribe, read, value]);
  return value;
}
