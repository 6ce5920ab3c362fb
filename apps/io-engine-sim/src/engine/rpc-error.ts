import { Metadata, status } from '@grpc/grpc-js';

/**
 * A failure as the io-engine reports it: a canonical gRPC status, a message and,
 * for a few calls, trailer metadata (DestroyReplica's `gtm-602`). The engine's
 * domain throws these; the gRPC layer sends them as they are.
 */
export class RpcError extends Error {
  constructor(
    readonly code: status,
    message: string,
    readonly trailers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = `RpcError(${status[code]})`;
  }

  metadata(): Metadata {
    const metadata = new Metadata();
    for (const [key, value] of Object.entries(this.trailers)) metadata.set(key, value);
    return metadata;
  }
}

const make =
  (code: status) =>
  (message: string, trailers?: Record<string, string>): RpcError =>
    new RpcError(code, message, trailers);

export const Rpc = {
  invalidArgument: make(status.INVALID_ARGUMENT),
  notFound: make(status.NOT_FOUND),
  alreadyExists: make(status.ALREADY_EXISTS),
  failedPrecondition: make(status.FAILED_PRECONDITION),
  resourceExhausted: make(status.RESOURCE_EXHAUSTED),
  aborted: make(status.ABORTED),
  internal: make(status.INTERNAL),
  unavailable: make(status.UNAVAILABLE),
  deadlineExceeded: make(status.DEADLINE_EXCEEDED),
  unimplemented: make(status.UNIMPLEMENTED),
} as const;
