// Original file: proto/io-engine/v1/nexus.proto

export const NexusNvmePreemption = {
  ArgKey: 'ArgKey',
  Holder: 'Holder',
} as const;

export type NexusNvmePreemption = 'ArgKey' | 0 | 'Holder' | 1;

export type NexusNvmePreemption__Output = (typeof NexusNvmePreemption)[keyof typeof NexusNvmePreemption];
