// The query client's defaults: retries back off, and a failed load does not throw into error boundaries
// (views show the error themselves, with a retry).
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
