// A random report over the fixture framework (fixtures.test-support.ts) for the property tests: each indicator
// reported or not, with a value of its type.
import fc from 'fast-check';

export const reportValues = fc.record(
  {
    'A.YES': fc.constantFrom(0, 1),
    'A.STAGE': fc.integer({ min: 0, max: 4 }),
    'A.PCT': fc.double({ min: 0, max: 100, noNaN: true }),
    'A.COUNT': fc.nat(),
    'B.ONE': fc.integer({ min: 0, max: 4 }),
    'B.TWO': fc.integer({ min: 0, max: 4 }),
    'C.COUNT': fc.nat(),
  },
  { requiredKeys: [] },
);
