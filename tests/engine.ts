// The domain engine's view of the mock data, for tests that check numbers on screen against it.
import { decodeDataset } from '@/api/decode';
import { frameworkSchema } from '@/api/schemas/framework';
import { membersSchema } from '@/api/schemas/members';
import { observationsSchema } from '@/api/schemas/observations';
import type { Dataset } from '@/domain/types';
import { illustrativeDataset } from '@mocks/dataset';

/** The dataset the mocks serve, decoded exactly as the app decodes it. */
export function mockDataset(): Dataset {
  const documents = illustrativeDataset();
  return decodeDataset(
    frameworkSchema.parse(documents.framework),
    membersSchema.parse(documents.members),
    observationsSchema.parse(documents.observations),
  );
}
