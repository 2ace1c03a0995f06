// Whether config.json has been read, for the views whose data queries wait for it. The re-render once it has is a
// transition, which React renders a slice at a time: read through useSyncExternalStore it was a synchronous
// re-render of the whole page (~120 ms in one task at a phone's speed, 4x CPU) just after the first paint.
import { startTransition, useEffect, useState } from 'react';
import { onRuntimeConfigReady, runtimeConfigReady } from '@/api/runtime-config';

/** Re-renders the caller (as a transition) once config.json has been read; returns whether it has. */
export function useRuntimeConfigReady(): boolean {
  const [ready, setReady] = useState(runtimeConfigReady);
  useEffect(() => {
    const update = () => {
      startTransition(() => {
        setReady(runtimeConfigReady());
      });
    };
    const unsubscribe = onRuntimeConfigReady(update);
    // Read between this render and the subscription: nothing would say so again.
    if (runtimeConfigReady() !== ready) update();
    return unsubscribe;
  }, [ready]);
  return ready;
}
