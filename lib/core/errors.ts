/**
 * The one error type for a rule of the domain that a request broke.
 *
 * Services throw it; the edges translate it in one place each: server
 * actions turn it into the form's message (and the field it belongs to),
 * route handlers into an HTTP status (HTTP_STATUS below), the command line
 * into an exit status. Anything that is not a DomainError is a bug, and is
 * logged and shown as a generic failure.
 */
export type DomainErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "invalid"
  | "conflict"
  | "rate-limited";

export const HTTP_STATUS: Record<DomainErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  invalid: 422,
  conflict: 409,
  "rate-limited": 429,
};

export const EXIT_STATUS: Record<DomainErrorCode, number> = {
  unauthenticated: 4,
  forbidden: 4,
  "not-found": 3,
  invalid: 2,
  conflict: 5,
  "rate-limited": 6,
};

export class DomainError<Details = unknown> extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly options: {
      /** The form field (or file field, or CLI option) the message is about. */
      field?: string;
      /** Machine-readable context, such as the newer version on a "conflict". */
      details?: Details;
      cause?: unknown;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }

  get field(): string | undefined {
    return this.options.field;
  }

  get details(): Details | undefined {
    return this.options.details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
