// members.json on its own (18 KB): for the header's "My administration" link where no view has loaded the
// dataset yet — the Overview drawn from its summary never does on the page (api/summary-check.ts).
import { queryOptions } from '@tanstack/react-query';
import type { Member } from '@/domain/types';
import { fetchDocumentText, parseDocument } from './client';
import { membersSchema } from './schemas/members';
import { contractTarget, runtimeConfigReady } from './runtime-config';

export function membersQueryOptions() {
  const { base, request } = contractTarget();
  return queryOptions({
    queryKey: ['members', base, request],
    enabled: runtimeConfigReady(),
    queryFn: async ({ signal }): Promise<readonly Member[]> =>
      parseDocument(
        'members.json',
        await fetchDocumentText(base, 'members.json', { ...request, signal }),
        membersSchema,
      ).members,
    staleTime: 60_000,
    // The link is a convenience: a failure shows nothing, and the dataset's own load says what is wrong.
    retry: false,
  });
}
