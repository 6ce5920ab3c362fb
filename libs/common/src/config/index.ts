export * from './env.decorator.js';
export * from './load-config.js';
export * from './base-config.js';
export * from './transforms.js';
