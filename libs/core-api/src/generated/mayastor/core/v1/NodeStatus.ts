// Original file: proto/core/v1/core.proto

export const NodeStatus = {
  NODE_STATUS_UNKNOWN: 'NODE_STATUS_UNKNOWN',
  NODE_STATUS_ONLINE: 'NODE_STATUS_ONLINE',
  NODE_STATUS_OFFLINE: 'NODE_STATUS_OFFLINE',
} as const;

export type NodeStatus = 'NODE_STATUS_UNKNOWN' | 0 | 'NODE_STATUS_ONLINE' | 1 | 'NODE_STATUS_OFFLINE' | 2;

export type NodeStatus__Output = (typeof NodeStatus)[keyof typeof NodeStatus];
