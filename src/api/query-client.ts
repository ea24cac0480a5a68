import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

/**
 * Retry what a retry can mend (network, timeout, 5xx, a garbled body from a proxy) twice with
 * exponential backoff (1 s, 2 s); never retry a 4xx, which would only repeat our mistake.
 * With the 10 s request timeout a dead server shows its error within about 33 s, a flaky one
 * usually recovers unseen. Refetch on focus is off: the figures change yearly.
 */
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
