// Original file: proto/core/v1/core.proto

export const ReplicaStatus = {
  REPLICA_STATUS_UNKNOWN: 'REPLICA_STATUS_UNKNOWN',
  REPLICA_STATUS_ONLINE: 'REPLICA_STATUS_ONLINE',
  REPLICA_STATUS_DEGRADED: 'REPLICA_STATUS_DEGRADED',
  REPLICA_STATUS_FAULTED: 'REPLICA_STATUS_FAULTED',
} as const;

export type ReplicaStatus =
  | 'REPLICA_STATUS_UNKNOWN'
  | 0
  | 'REPLICA_STATUS_ONLINE'
  | 1
  | 'REPLICA_STATUS_DEGRADED'
  | 2
  | 'REPLICA_STATUS_FAULTED'
  | 3;

export type ReplicaStatus__Output = (typeof ReplicaStatus)[keyof typeof ReplicaStatus];
