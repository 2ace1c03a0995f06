// Long computations written once as generators that yield between slices of work: run to the end at once
// (scripts, tests, small data), or a slice at a time with the page given a turn between slices (api/in-slices.ts).

/** A computation that yields (nothing) whenever it is a good moment to pause, and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
