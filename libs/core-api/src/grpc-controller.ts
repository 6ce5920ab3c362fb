import type { handleUnaryCall, UntypedServiceImplementation } from '@grpc/grpc-js';

/** The RPC names of a generated `XHandlers` interface (its index signature left out). */
export type RpcName<H> = keyof {
  [K in keyof H as string extends K ? never : K extends string ? K : never]: H[K];
};

/**
 * The shape a Nest gRPC controller of service `H` must have: one method per RPC,
 * named as the RPC with a lower-case first letter (Nest's `@GrpcMethod(service)`
 * capitalises it back), taking the decoded request and answering the response.
 * A controller declared `implements GrpcController<PoolsHandlers>` stops compiling
 * when the proto gains, loses or changes an RPC.
 */
export type GrpcController<H extends UntypedServiceImplementation> = {
  [K in RpcName<H> as Uncapitalize<K & string>]: H[K] extends handleUnaryCall<infer Req, infer Res>
    ? (request: Req) => Promise<Res>
    : never;
};
