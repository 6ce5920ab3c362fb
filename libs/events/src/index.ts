// Mayastor events v1 (docs/reference/events-v1.md): the model, its JSON codec, builders
// for the events we emit, and the JetStream publisher.
export * from './event.types.js';
export * from './event.time.js';
export * from './event.codec.js';
export * from './event.builder.js';
export * from './event.publisher.js';
