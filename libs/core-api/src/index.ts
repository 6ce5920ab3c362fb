/**
 * @mayastor/core-api: the core agent's gRPC API (proto/core/v1): loader, generated
 * types, the typed client (REST and tests), and the controller shape core implements.
 */
export * from './proto/loader.js';
export * from './types.js';
export * from './grpc-controller.js';
export { CoreApiClient, type CoreApiClientOptions, type PromiseClient } from './client/core-api.client.js';
