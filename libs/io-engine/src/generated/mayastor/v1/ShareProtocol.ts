// Original file: proto/io-engine/v1/common.proto

export const ShareProtocol = {
  NONE: 'NONE',
  NVMF: 'NVMF',
  ISCSI: 'ISCSI',
} as const;

export type ShareProtocol = 'NONE' | 0 | 'NVMF' | 1 | 'ISCSI' | 2;

export type ShareProtocol__Output = (typeof ShareProtocol)[keyof typeof ShareProtocol];
