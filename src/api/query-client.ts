import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

/** Retries what a retry can mend twice, backing off, never a 4xx; no refetch on focus: the figures change yearly. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.isRetryable),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
