// Original file: proto/io-engine/v1/nexus.proto

export const NvmeReservation = {
  Reserved: 'Reserved',
  WriteExclusive: 'WriteExclusive',
  ExclusiveAccess: 'ExclusiveAccess',
  WriteExclusiveRegsOnly: 'WriteExclusiveRegsOnly',
  ExclusiveAccessRegsOnly: 'ExclusiveAccessRegsOnly',
  WriteExclusiveAllRegs: 'WriteExclusiveAllRegs',
  ExclusiveAccessAllRegs: 'ExclusiveAccessAllRegs',
} as const;

export type NvmeReservation =
  | 'Reserved'
  | 0
  | 'WriteExclusive'
  | 1
  | 'ExclusiveAccess'
  | 2
  | 'WriteExclusiveRegsOnly'
  | 3
  | 'ExclusiveAccessRegsOnly'
  | 4
  | 'WriteExclusiveAllRegs'
  | 5
  | 'ExclusiveAccessAllRegs'
  | 6;

export type NvmeReservation__Output = (typeof NvmeReservation)[keyof typeof NvmeReservation];
