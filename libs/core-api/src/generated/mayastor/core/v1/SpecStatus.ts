// Original file: proto/core/v1/core.proto

export const SpecStatus = {
  SPEC_STATUS_UNKNOWN: 'SPEC_STATUS_UNKNOWN',
  SPEC_STATUS_CREATING: 'SPEC_STATUS_CREATING',
  SPEC_STATUS_CREATED: 'SPEC_STATUS_CREATED',
  SPEC_STATUS_DELETING: 'SPEC_STATUS_DELETING',
  SPEC_STATUS_DELETED: 'SPEC_STATUS_DELETED',
} as const;

export type SpecStatus =
  | 'SPEC_STATUS_UNKNOWN'
  | 0
  | 'SPEC_STATUS_CREATING'
  | 1
  | 'SPEC_STATUS_CREATED'
  | 2
  | 'SPEC_STATUS_DELETING'
  | 3
  | 'SPEC_STATUS_DELETED'
  | 4;

export type SpecStatus__Output = (typeof SpecStatus)[keyof typeof SpecStatus];
