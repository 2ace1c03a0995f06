// Property tests: invariants of the scoring rules over random reports and groups.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregates';
import { FRAMEWORK, report } from './fixtures.test-support';
import { reportValues } from './report-values.test-support';
import { scoreReport } from './scores';

const within = (score: number | null) => score === null || (score >= 0 && score <= 100);

describe('scoring invariants', () => {
  it('keeps every area score and the Index within 0–100', () => {
    fc.assert(
      fc.property(reportValues, (values) => {
        const scores = scoreReport(FRAMEWORK, report(values));
        expect(within(scores.index)).toBe(true);
        for (const score of scores.areas.values()) expect(within(score)).toBe(true);
      }),
    );
  });

  it('never lowers a score when one indicator goes up a stage', () => {
    const raise: Record<string, (value: number) => number> = {
      'A.YES': () => 1,
      'A.STAGE': (v) => Math.min(4, v + 1),
      'A.PCT': (v) => Math.min(100, v + 25),
      'B.ONE': (v) => Math.min(4, v + 1),
      'B.TWO': (v) => Math.min(4, v + 1),
    };
    fc.assert(
      fc.property(reportValues, fc.constantFrom(...Object.keys(raise)), (values, code) => {
        const current = values[code as keyof typeof values];
        if (current === undefined) return;
        const raised = { ...values, [code]: raise[code]?.(current) ?? current };
        const before = scoreReport(FRAMEWORK, report(values));
        const after = scoreReport(FRAMEWORK, report(raised));
        expect(after.index ?? 0).toBeGreaterThanOrEqual(before.index ?? 0);
        for (const [area, score] of before.areas) {
          expect(after.areas.get(area) ?? 0).toBeGreaterThanOrEqual(score ?? 0);
        }
      }),
    );
  });

  it('puts an aggregate between its Members’ lowest and highest score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1 }),
        fc.nat({ max: 20 }),
        (values, extra) => {
          const result = aggregate(values, values.length + extra);
          const known = values.filter((v): v is number => v !== null);
          if (result.value === null) return;
          expect(result.value).toBeGreaterThanOrEqual(Math.min(...known) - 1e-9);
          expect(result.value).toBeLessThanOrEqual(Math.max(...known) + 1e-9);
        },
      ),
    );
  });
});
