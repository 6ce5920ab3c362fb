// Original file: proto/core/v1/core.proto

export const Protocol = {
  PROTOCOL_NONE: 'PROTOCOL_NONE',
  PROTOCOL_NVMF: 'PROTOCOL_NVMF',
} as const;

export type Protocol = 'PROTOCOL_NONE' | 0 | 'PROTOCOL_NVMF' | 1;

export type Protocol__Output = (typeof Protocol)[keyof typeof Protocol];
