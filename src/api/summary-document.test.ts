import { describe, expect, it } from 'vitest';
import { overviewInput } from '@/domain/overview-facts';
import { smallEngine } from '../../tests/fixtures/serve-small-dataset';
import { parseDocument } from './client';
import { LoadError } from './errors';
import { summarySchema } from './schemas/summary';
import { summaryDocument, summaryInput } from './summary-document';

const dataset = smallEngine();
const written = () => JSON.stringify(summaryDocument(dataset));

describe('the summary document', () => {
  it('read back through its schema, gives the Overview exactly the input the dataset gives', () => {
    const read = parseDocument('summary.json', written(), summarySchema);
    expect(read.asOf).toBe(dataset.source.asOf);
    expect(summaryInput(read, dataset.framework)).toStrictEqual(overviewInput(dataset));
  });

  it('holds every region and scored area of the framework, and the open cycle’s completeness', () => {
    const { overview } = parseDocument('summary.json', written(), summarySchema);
    expect(Object.keys(overview.index.regions)).toEqual(dataset.framework.regions.map((region) => region.code));
    expect(Object.keys(overview.areas)).toEqual(['GOV', 'PAX', 'STC', 'PGS', 'SAL', 'CFT', 'COP']);
    expect(dataset.framework.cycles.open).not.toBeNull();
    expect(overview.openCompleteness).toBeGreaterThan(0);
  });

  it('names the broken field of a damaged summary', () => {
    const damaged = JSON.parse(written()) as { overview: { reporting: { coverage: number } } };
    damaged.overview.reporting.coverage = 1.5;
    const read = () => parseDocument('summary.json', JSON.stringify(damaged), summarySchema);
    expect(read).toThrow(LoadError);
    expect(read).toThrow(/overview\.reporting\.coverage/);
  });
});
