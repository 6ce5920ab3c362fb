export * from './process.js';
export * from './etcd-server.js';
export * from './nats-server.js';
export * from './io-engine-sim.js';
export * from './registration-recorder.js';
export * from './core-agent.js';
export * from './rest-api.js';
