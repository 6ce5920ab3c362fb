// Original file: proto/io-engine/v1/nexus.proto

export const ChildAction = {
  Offline: 'Offline',
  Online: 'Online',
  FaultIOError: 'FaultIOError',
  OfflinePermanent: 'OfflinePermanent',
} as const;

export type ChildAction = 'Offline' | 0 | 'Online' | 1 | 'FaultIOError' | 2 | 'OfflinePermanent' | 3;

export type ChildAction__Output = (typeof ChildAction)[keyof typeof ChildAction];
