// Runs a domain computation (domain/steps.ts) a slice at a time: between slices the page handles input and
// paints, so that work growing with the data never holds the page in one long task.
import type { Steps } from '@/domain/steps';

/** Runs `steps`, giving the page a turn at each of its pauses; resolves with its result. */
export async function inSlices<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await yieldToPage();
  }
}

/** Lets the page handle input and paint before going on (without the 4 ms clamp of nested timers). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
