// Original file: proto/io-engine/v1/nexus.proto

export const ChildState = {
  CHILD_STATE_UNKNOWN: 'CHILD_STATE_UNKNOWN',
  CHILD_STATE_ONLINE: 'CHILD_STATE_ONLINE',
  CHILD_STATE_DEGRADED: 'CHILD_STATE_DEGRADED',
  CHILD_STATE_FAULTED: 'CHILD_STATE_FAULTED',
} as const;

export type ChildState =
  'CHILD_STATE_UNKNOWN' | 0 | 'CHILD_STATE_ONLINE' | 1 | 'CHILD_STATE_DEGRADED' | 2 | 'CHILD_STATE_FAULTED' | 3;

export type ChildState__Output = (typeof ChildState)[keyof typeof ChildState];
