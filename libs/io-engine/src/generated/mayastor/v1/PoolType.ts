// Original file: proto/io-engine/v1/pool.proto

export const PoolType = {
  Lvs: 'Lvs',
  Lvm: 'Lvm',
} as const;

export type PoolType = 'Lvs' | 0 | 'Lvm' | 1;

export type PoolType__Output = (typeof PoolType)[keyof typeof PoolType];
