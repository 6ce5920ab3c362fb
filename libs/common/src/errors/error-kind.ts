import { status as GrpcStatus } from '@grpc/grpc-js';

/**
 * Stable error kinds of the control plane. The set and spelling are those of the
 * `kind` field of `RestJsonError` in the REST v0 reference, so that the same code
 * travels unchanged from core, over gRPC, to a REST body.
 */
export const ERROR_KINDS = [
  'Timeout',
  'Deserialize',
  'Internal',
  'InvalidArgument',
  'DeadlineExceeded',
  'NotFound',
  'AlreadyExists',
  'PermissionDenied',
  'ResourceExhausted',
  'FailedPrecondition',
  'NotShared',
  'NotPublished',
  'AlreadyPublished',
  'AlreadyShared',
  'Aborted',
  'OutOfRange',
  'Unimplemented',
  'Unavailable',
  'Unauthenticated',
  'Unauthorized',
  'Conflict',
  'FailedPersist',
  'Deleting',
  'InUse',
  'CapacityLimitExceeded',
  'NotAcceptable',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

export function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && (ERROR_KINDS as readonly string[]).includes(value);
}

/** The gRPC status each kind travels as. Several kinds share a status; the exact
 * kind rides along in the `ERROR_KIND_METADATA_KEY` trailer. */
export const GRPC_STATUS_OF_KIND: Readonly<Record<ErrorKind, GrpcStatus>> = {
  Timeout: GrpcStatus.DEADLINE_EXCEEDED,
  Deserialize: GrpcStatus.INVALID_ARGUMENT,
  Internal: GrpcStatus.INTERNAL,
  InvalidArgument: GrpcStatus.INVALID_ARGUMENT,
  DeadlineExceeded: GrpcStatus.DEADLINE_EXCEEDED,
  NotFound: GrpcStatus.NOT_FOUND,
  AlreadyExists: GrpcStatus.ALREADY_EXISTS,
  PermissionDenied: GrpcStatus.PERMISSION_DENIED,
  ResourceExhausted: GrpcStatus.RESOURCE_EXHAUSTED,
  FailedPrecondition: GrpcStatus.FAILED_PRECONDITION,
  NotShared: GrpcStatus.FAILED_PRECONDITION,
  NotPublished: GrpcStatus.FAILED_PRECONDITION,
  AlreadyPublished: GrpcStatus.FAILED_PRECONDITION,
  AlreadyShared: GrpcStatus.FAILED_PRECONDITION,
  Aborted: GrpcStatus.ABORTED,
  OutOfRange: GrpcStatus.OUT_OF_RANGE,
  Unimplemented: GrpcStatus.UNIMPLEMENTED,
  Unavailable: GrpcStatus.UNAVAILABLE,
  Unauthenticated: GrpcStatus.UNAUTHENTICATED,
  Unauthorized: GrpcStatus.PERMISSION_DENIED,
  Conflict: GrpcStatus.ABORTED,
  FailedPersist: GrpcStatus.UNAVAILABLE,
  Deleting: GrpcStatus.FAILED_PRECONDITION,
  InUse: GrpcStatus.FAILED_PRECONDITION,
  CapacityLimitExceeded: GrpcStatus.RESOURCE_EXHAUSTED,
  NotAcceptable: GrpcStatus.INVALID_ARGUMENT,
};

/** The kind a bare gRPC status (one without our trailer, e.g. from an io-engine) means. */
export const KIND_OF_GRPC_STATUS: Readonly<Record<GrpcStatus, ErrorKind>> = {
  [GrpcStatus.OK]: 'Internal',
  [GrpcStatus.CANCELLED]: 'Aborted',
  [GrpcStatus.UNKNOWN]: 'Internal',
  [GrpcStatus.INVALID_ARGUMENT]: 'InvalidArgument',
  [GrpcStatus.DEADLINE_EXCEEDED]: 'DeadlineExceeded',
  [GrpcStatus.NOT_FOUND]: 'NotFound',
  [GrpcStatus.ALREADY_EXISTS]: 'AlreadyExists',
  [GrpcStatus.PERMISSION_DENIED]: 'PermissionDenied',
  [GrpcStatus.RESOURCE_EXHAUSTED]: 'ResourceExhausted',
  [GrpcStatus.FAILED_PRECONDITION]: 'FailedPrecondition',
  [GrpcStatus.ABORTED]: 'Aborted',
  [GrpcStatus.OUT_OF_RANGE]: 'OutOfRange',
  [GrpcStatus.UNIMPLEMENTED]: 'Unimplemented',
  [GrpcStatus.INTERNAL]: 'Internal',
  [GrpcStatus.UNAVAILABLE]: 'Unavailable',
  [GrpcStatus.DATA_LOSS]: 'Internal',
  [GrpcStatus.UNAUTHENTICATED]: 'Unauthenticated',
};

/** gRPC metadata (trailer) key carrying the exact ErrorKind across a process boundary. */
export const ERROR_KIND_METADATA_KEY = 'x-mayastor-error-kind';
