import { Metadata, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import { DomainError } from './domain-error.js';
import {
  ERROR_KIND_METADATA_KEY,
  GRPC_STATUS_OF_KIND,
  isErrorKind,
  KIND_OF_GRPC_STATUS,
  type ErrorKind,
} from './error-kind.js';

const DETAILS_METADATA_KEY = 'x-mayastor-error-details';

/** The gRPC status to send for an error; unknown errors become INTERNAL, never UNKNOWN. */
export function toGrpcStatus(error: unknown): StatusObject {
  const domain = error instanceof DomainError ? error : undefined;
  const kind: ErrorKind = domain?.kind ?? 'Internal';
  const metadata = new Metadata();
  metadata.set(ERROR_KIND_METADATA_KEY, kind);
  if (domain && Object.keys(domain.details).length > 0) {
    metadata.set(DETAILS_METADATA_KEY, JSON.stringify(domain.details));
  }
  const details = error instanceof Error ? error.message : String(error);
  return { code: GRPC_STATUS_OF_KIND[kind], details, metadata };
}

function isServiceError(error: unknown): error is ServiceError {
  return (
    error instanceof Error &&
    typeof (error as Partial<ServiceError>).code === 'number' &&
    (error as Partial<ServiceError>).code! in KIND_OF_GRPC_STATUS
  );
}

function detailsFrom(metadata: Metadata | undefined): Record<string, string> {
  const raw = metadata?.get(DETAILS_METADATA_KEY)[0];
  if (typeof raw !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
  } catch {
    return {};
  }
}

/**
 * The domain error a failed gRPC call means. Our own services send the exact kind
 * in a trailer; a bare status (an io-engine's) maps to its nearest kind.
 */
export function fromGrpcError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (!isServiceError(error)) {
    return new DomainError('Internal', error instanceof Error ? error.message : String(error), {}, { cause: error });
  }
  const sent = error.metadata?.get(ERROR_KIND_METADATA_KEY)[0];
  const kind: ErrorKind = isErrorKind(sent) ? sent : KIND_OF_GRPC_STATUS[error.code];
  const message = error.details || error.message;
  return new DomainError(kind, message, detailsFrom(error.metadata), { cause: error });
}
