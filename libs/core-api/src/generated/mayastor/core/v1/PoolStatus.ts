// Original file: proto/core/v1/core.proto

export const PoolStatus = {
  POOL_STATUS_UNKNOWN: 'POOL_STATUS_UNKNOWN',
  POOL_STATUS_ONLINE: 'POOL_STATUS_ONLINE',
  POOL_STATUS_DEGRADED: 'POOL_STATUS_DEGRADED',
  POOL_STATUS_FAULTED: 'POOL_STATUS_FAULTED',
} as const;

export type PoolStatus =
  'POOL_STATUS_UNKNOWN' | 0 | 'POOL_STATUS_ONLINE' | 1 | 'POOL_STATUS_DEGRADED' | 2 | 'POOL_STATUS_FAULTED' | 3;

export type PoolStatus__Output = (typeof PoolStatus)[keyof typeof PoolStatus];
