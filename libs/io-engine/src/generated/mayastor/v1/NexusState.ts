// Original file: proto/io-engine/v1/nexus.proto

export const NexusState = {
  NEXUS_UNKNOWN: 'NEXUS_UNKNOWN',
  NEXUS_ONLINE: 'NEXUS_ONLINE',
  NEXUS_DEGRADED: 'NEXUS_DEGRADED',
  NEXUS_FAULTED: 'NEXUS_FAULTED',
  NEXUS_SHUTTING_DOWN: 'NEXUS_SHUTTING_DOWN',
  NEXUS_SHUTDOWN: 'NEXUS_SHUTDOWN',
} as const;

export type NexusState =
  | 'NEXUS_UNKNOWN'
  | 0
  | 'NEXUS_ONLINE'
  | 1
  | 'NEXUS_DEGRADED'
  | 2
  | 'NEXUS_FAULTED'
  | 3
  | 'NEXUS_SHUTTING_DOWN'
  | 4
  | 'NEXUS_SHUTDOWN'
  | 5;

export type NexusState__Output = (typeof NexusState)[keyof typeof NexusState];
