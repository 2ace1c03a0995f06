// Rating of a score by the framework's bands (DESIGN §3): bands apply to the unrounded score.
import type { RatingBand } from './types';

/** The band a score falls in: the last band whose `min` is at or below the score. */
export function rating(score: number, bands: readonly RatingBand[]): RatingBand {
  let found = bands[0];
  if (!found) throw new Error('The framework has no rating bands');
  for (const band of bands) {
    if (score >= band.min) found = band;
  }
  return found;
}
