export * from './error-kind.js';
export * from './domain-error.js';
export * from './grpc-mapping.js';
export * from './http-mapping.js';
