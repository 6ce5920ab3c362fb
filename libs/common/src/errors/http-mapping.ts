import type { ErrorKind } from './error-kind.js';

/**
 * The HTTP status each kind is answered with by REST, as the original Mayastor
 * REST API answers it (its `RestError` mapping), so clients that branch on
 * status codes behave the same against us.
 */
export const HTTP_STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  Timeout: 408,
  Deserialize: 400,
  Internal: 500,
  InvalidArgument: 400,
  DeadlineExceeded: 504,
  NotFound: 404,
  AlreadyExists: 422,
  PermissionDenied: 401,
  ResourceExhausted: 507,
  FailedPrecondition: 412,
  NotShared: 412,
  NotPublished: 412,
  AlreadyPublished: 412,
  AlreadyShared: 412,
  Aborted: 503,
  OutOfRange: 416,
  Unimplemented: 501,
  Unavailable: 503,
  Unauthenticated: 401,
  Unauthorized: 401,
  Conflict: 409,
  FailedPersist: 507,
  Deleting: 409,
  InUse: 409,
  CapacityLimitExceeded: 507,
  NotAcceptable: 406,
};
