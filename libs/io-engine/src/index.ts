/**
 * @mayastor/io-engine: the io-engine v1 wire contract (protos, loader, generated
 * types under friendly names) and the typed client of one io-engine.
 */
export * from './proto/loader.js';
export * from './types.js';
export {
  DEFAULT_IO_ENGINE_TIMEOUTS,
  IoEngineClient,
  type IoEngineClientOptions,
  type IoEngineTimeouts,
} from './client/io-engine.client.js';
