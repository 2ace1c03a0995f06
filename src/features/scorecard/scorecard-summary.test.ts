// A scorecard's first screen drawn from the summary document (api/summary-document.ts) against the same screen
// drawn from the whole dataset: the summary carries the engine's Index of every Member, and the page reads it with
// the engine's own functions, so every figure and sentence must be the same.
import { describe, expect, it } from 'vitest';
import { illustrativeDataset } from '@mocks/dataset';
import { parseDocument } from '@/api/client';
import { decodeDataset } from '@/api/decode';
import { frameworkSchema } from '@/api/schemas/framework';
import { membersSchema } from '@/api/schemas/members';
import { observationsSchema } from '@/api/schemas/observations';
import { summarySchema } from '@/api/schemas/summary';
import { summaryDocument } from '@/api/summary-document';
import { indexOnlyDataset } from '@/domain/index-table';
import { selectScorecardHead, type ScorecardResult } from './scorecard-model';

describe('a scorecard’s first screen from the summary', () => {
  // The illustrative dataset (185 Members, ties and gaps included), decoded as the app decodes it.
  const documents = illustrativeDataset(new Date('2026-06-01'));
  const full = decodeDataset(
    frameworkSchema.parse(documents.framework),
    membersSchema.parse(documents.members),
    observationsSchema.parse(documents.observations),
  );
  const summary = parseDocument('summary.json', JSON.stringify(summaryDocument(full)), summarySchema);
  if (!summary.memberIndex) throw new Error('the summary has no Index of the Members');
  const fromSummary = indexOnlyDataset(
    full.framework,
    full.members,
    { ...summary.source, asOf: summary.asOf },
    summary.memberIndex,
  );
  if (!fromSummary) throw new Error('the summary’s Index does not fit its own dataset');

  /** Everything a reader of the first screen sees: every text and figure, and every cell of the chart's table. */
  const seen = (result: ScorecardResult) => {
    if (result.kind !== 'found') return result;
    const { table } = result.model.chart;
    const cells = table.columns.map((column) => [column.header, ...table.rows.map((row) => column.cell(row))]);
    return { text: JSON.stringify(result.model), cells };
  };

  it('shows every Member, in both languages, exactly what the whole dataset shows', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const member of full.members) {
        const input = { code: member.code, lang };
        expect(seen(selectScorecardHead(fromSummary, input))).toEqual(seen(selectScorecardHead(full, input)));
      }
    }
    // The same links move or are not found.
    for (const code of ['ken', 'NOPE']) {
      const input = { code, lang: 'en' as const };
      expect(selectScorecardHead(fromSummary, input)).toEqual(selectScorecardHead(full, input));
    }
  });
});
