// The bench's 10× dataset as the three contract documents (the same copies as scripts/bench-scoring.ts's
// `scaled`: every Member copied `factor` times under new codes), for serving to the built app.
import { datasetFiles, DEFAULT_SEED, generateDataset } from '../mocks/data/generate';

export interface GrowthDocuments {
  readonly 'framework.json': string;
  readonly 'members.json': string;
  readonly 'observations.json': string;
}

export function growthDocuments(factor: number): GrowthDocuments {
  const documents = generateDataset({ seed: DEFAULT_SEED, currentYear: 2026, asOf: '2026-11-28' });
  const copy = (code: string, i: number) => (i === 0 ? code : `${code}${i}`);
  const times = <T>(make: (i: number) => T[]) => Array.from({ length: factor }, (_, i) => make(i)).flat();
  const members = times((i) => documents.members.members.map((member) => ({ ...member, code: copy(member.code, i) })));
  const submissions = times((i) =>
    documents.observations.submissions.map((s) => ({ ...s, member: copy(s.member, i) })),
  );
  const files = datasetFiles({
    framework: documents.framework,
    members: { ...documents.members, members },
    observations: { ...documents.observations, submissions },
  });
  return files as unknown as GrowthDocuments;
}
