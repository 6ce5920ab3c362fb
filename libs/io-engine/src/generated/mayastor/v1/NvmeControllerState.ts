// Original file: proto/io-engine/v1/host.proto

export const NvmeControllerState = {
  NEW: 'NEW',
  INITIALIZING: 'INITIALIZING',
  RUNNING: 'RUNNING',
  FAULTED: 'FAULTED',
  UNCONFIGURING: 'UNCONFIGURING',
  UNCONFIGURED: 'UNCONFIGURED',
} as const;

export type NvmeControllerState =
  'NEW' | 0 | 'INITIALIZING' | 1 | 'RUNNING' | 2 | 'FAULTED' | 3 | 'UNCONFIGURING' | 4 | 'UNCONFIGURED' | 5;

export type NvmeControllerState__Output = (typeof NvmeControllerState)[keyof typeof NvmeControllerState];
