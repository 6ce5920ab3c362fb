import { DomainError, type ErrorKind } from '@mayastor/common';

/**
 * Errors after which the io-engine certainly did not make the change: it refused
 * the request, or the request was never sent (the client could not connect). Any
 * other failure (unavailable, deadline exceeded, internal, aborted) leaves it
 * unknown whether the change happened, so it must be undone.
 */
const REFUSALS: ReadonlySet<ErrorKind> = new Set<ErrorKind>([
  'InvalidArgument',
  'NotFound',
  'AlreadyExists',
  'FailedPrecondition',
  'ResourceExhausted',
  'OutOfRange',
  'PermissionDenied',
  'Unimplemented',
]);

export function engineRefused(error: unknown): boolean {
  return DomainError.is(error) && (REFUSALS.has(error.kind) || error.details['sent'] === 'false');
}

export function isNotFound(error: unknown): boolean {
  return DomainError.is(error, 'NotFound');
}
