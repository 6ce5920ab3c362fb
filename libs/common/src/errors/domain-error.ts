import type { ErrorKind } from './error-kind.js';

/**
 * An error the control plane means to report: it carries a stable `kind`, because
 * `instanceof` does not survive a process boundary. Transports map it to their
 * status at the edge only (one gRPC filter, one HTTP filter).
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** What the error is about, e.g. `{ resource: 'Pool', id: 'pool-1' }`. */
    readonly details: Readonly<Record<string, string>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = `DomainError(${kind})`;
  }

  static is(error: unknown, kind?: ErrorKind): error is DomainError {
    return error instanceof DomainError && (kind === undefined || error.kind === kind);
  }
}

const make =
  (kind: ErrorKind) =>
  (message: string, details?: Record<string, string>, options?: { cause?: unknown }): DomainError =>
    new DomainError(kind, message, details, options);

/** Constructors for the kinds used most, so call sites read as sentences. */
export const Errors = {
  notFound: make('NotFound'),
  alreadyExists: make('AlreadyExists'),
  invalidArgument: make('InvalidArgument'),
  failedPrecondition: make('FailedPrecondition'),
  conflict: make('Conflict'),
  unavailable: make('Unavailable'),
  resourceExhausted: make('ResourceExhausted'),
  deadlineExceeded: make('DeadlineExceeded'),
  internal: make('Internal'),
  aborted: make('Aborted'),
  inUse: make('InUse'),
  deleting: make('Deleting'),
  notPublished: make('NotPublished'),
  alreadyPublished: make('AlreadyPublished'),
} as const;
