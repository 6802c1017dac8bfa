/** One bad field of a VALIDATION_FAILED / PASSWORD_POLICY answer; `path` is dot-separated (e.g. `items.2.label`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiErrorDetails {
  fields?: FieldIssue[];
  [key: string]: unknown;
}

/** Every non-2xx answer becomes one of these, so pages switch on `code` and show the server's Chinese `message`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ApiErrorDetails,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get fields(): FieldIssue[] {
    return Array.isArray(this.details?.fields) ? this.details.fields : [];
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
