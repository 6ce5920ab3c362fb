// Original file: proto/io-engine/v1/registration.proto

export const APIVersion = {
  V0: 'V0',
  V1: 'V1',
} as const;

export type APIVersion = 'V0' | 0 | 'V1' | 1;

export type APIVersion__Output = (typeof APIVersion)[keyof typeof APIVersion];
