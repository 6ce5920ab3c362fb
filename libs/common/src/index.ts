export * from './config/index.js';
export * from './errors/index.js';
export * from './logging/index.js';
export * from './tracing/index.js';
export * from './lifecycle/index.js';
export * from './timeout.js';
export * from './keyed-mutex.js';
export * from './find-up.js';
