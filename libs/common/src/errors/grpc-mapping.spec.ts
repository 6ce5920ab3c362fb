import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error.js';
import { ERROR_KINDS } from './error-kind.js';
import { fromGrpcError, toGrpcStatus } from './grpc-mapping.js';

function asServiceError(s: ReturnType<typeof toGrpcStatus>): ServiceError {
  const error: ServiceError = Object.assign(new Error(`${s.code} ${s.details}`), s);
  return error;
}

describe('gRPC error mapping', () => {
  it.each(ERROR_KINDS)('round-trips kind %s with its message and details', (kind) => {
    const sent = toGrpcStatus(new DomainError(kind, `it is ${kind}`, { id: 'x' }));
    const back = fromGrpcError(asServiceError(sent));
    expect(back).toMatchObject({ kind, message: `it is ${kind}`, details: { id: 'x' } });
  });

  it('maps kinds to their gRPC status', () => {
    expect(toGrpcStatus(new DomainError('NotFound', 'x')).code).toBe(status.NOT_FOUND);
    expect(toGrpcStatus(new DomainError('Conflict', 'x')).code).toBe(status.ABORTED);
    expect(toGrpcStatus(new DomainError('Unavailable', 'x')).code).toBe(status.UNAVAILABLE);
    expect(toGrpcStatus(new DomainError('CapacityLimitExceeded', 'x')).code).toBe(status.RESOURCE_EXHAUSTED);
  });

  it('sends an unknown error as INTERNAL, never UNKNOWN', () => {
    const sent = toGrpcStatus(new TypeError('boom'));
    expect(sent.code).toBe(status.INTERNAL);
    expect(fromGrpcError(asServiceError(sent)).kind).toBe('Internal');
  });

  it('maps a bare status (as an io-engine sends) to its nearest kind', () => {
    const bare = (code: status): ServiceError =>
      Object.assign(new Error('x'), { code, details: 'x', metadata: new Metadata() });
    expect(fromGrpcError(bare(status.RESOURCE_EXHAUSTED)).kind).toBe('ResourceExhausted');
    expect(fromGrpcError(bare(status.ALREADY_EXISTS)).kind).toBe('AlreadyExists');
    expect(fromGrpcError(bare(status.UNAVAILABLE)).kind).toBe('Unavailable');
    expect(fromGrpcError(new Error('plain')).kind).toBe('Internal');
  });
});
