export * from './process.js';
export * from './etcd-server.js';
export * from './nats-server.js';
