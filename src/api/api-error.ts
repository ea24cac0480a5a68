// The one error type the client throws. `kind` tells a panel what to say and whether a retry
// can help ('code': a lazy chunk of ours failed to load, which only a reload mends); `detail`
// keeps the technical cause for the console and bug reports.
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'schema' | 'code';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    readonly path: string,
    message: string,
    readonly status?: number,
    readonly detail?: string,
  ) {
    super(message);
  }

  /** A 4xx means our request was wrong, and missing code stays missing: asking again will not change the answer. */
  get isRetryable(): boolean {
    if (this.kind === 'code') return false;
    return !(this.kind === 'http' && this.status !== undefined && this.status >= 400 && this.status < 500);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
