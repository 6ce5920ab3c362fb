// Original file: proto/core/v1/core.proto

export const VolumeStatus = {
  VOLUME_STATUS_UNKNOWN: 'VOLUME_STATUS_UNKNOWN',
  VOLUME_STATUS_ONLINE: 'VOLUME_STATUS_ONLINE',
  VOLUME_STATUS_DEGRADED: 'VOLUME_STATUS_DEGRADED',
  VOLUME_STATUS_FAULTED: 'VOLUME_STATUS_FAULTED',
} as const;

export type VolumeStatus =
  'VOLUME_STATUS_UNKNOWN' | 0 | 'VOLUME_STATUS_ONLINE' | 1 | 'VOLUME_STATUS_DEGRADED' | 2 | 'VOLUME_STATUS_FAULTED' | 3;

export type VolumeStatus__Output = (typeof VolumeStatus)[keyof typeof VolumeStatus];
