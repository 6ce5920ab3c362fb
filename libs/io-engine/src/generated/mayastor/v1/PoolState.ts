// Original file: proto/io-engine/v1/pool.proto

export const PoolState = {
  POOL_UNKNOWN: 'POOL_UNKNOWN',
  POOL_ONLINE: 'POOL_ONLINE',
  POOL_DEGRADED: 'POOL_DEGRADED',
  POOL_FAULTED: 'POOL_FAULTED',
} as const;

export type PoolState = 'POOL_UNKNOWN' | 0 | 'POOL_ONLINE' | 1 | 'POOL_DEGRADED' | 2 | 'POOL_FAULTED' | 3;

export type PoolState__Output = (typeof PoolState)[keyof typeof PoolState];
