// The dataset query: the three contract documents, fetched together, validated and decoded.
import { queryOptions } from '@tanstack/react-query';
import { apiBase, fetchDocument } from './client';
import { decodeDataset } from './decode';
import { frameworkSchema } from './schemas/framework';
import { membersSchema } from './schemas/members';
import { observationsSchema } from './schemas/observations';
import { isLoadError } from './errors';
import { runtimeConfig } from './runtime-config';

export function datasetQueryOptions(base: string = apiBase(runtimeConfig().apiBase)) {
  return queryOptions({
    queryKey: ['dataset', base],
    queryFn: async ({ signal }) => {
      const [framework, members, observations] = await Promise.all([
        fetchDocument(base, 'framework.json', frameworkSchema, { signal }),
        fetchDocument(base, 'members.json', membersSchema, { signal }),
        fetchDocument(base, 'observations.json', observationsSchema, { signal }),
      ]);
      return decodeDataset(framework, members, observations);
    },
    // The data changes once a year at most while a cycle is open; a minute of freshness is plenty.
    staleTime: 60_000,
    retry: (failures, error) => (!isLoadError(error) || error.retryable) && failures < 3,
  });
}
