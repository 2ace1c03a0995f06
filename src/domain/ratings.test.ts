import { describe, expect, it } from 'vitest';
import { BANDS } from './fixtures.test-support';
import { rating } from './ratings';

describe('rating', () => {
  it.each([
    [0, 'initial'],
    [19.99, 'initial'],
    [20, 'emerging'],
    [39.999, 'emerging'],
    [40, 'developing'],
    [59.96, 'developing'], // shows as 60.0 on screen, but bands apply to the unrounded score
    [60, 'established'],
    [79.9, 'established'],
    [80, 'advanced'],
    [100, 'advanced'],
  ])('rates %s as %s', (score, code) => {
    expect(rating(score, BANDS).code).toBe(code);
  });
});
