// Original file: proto/io-engine/v1/common.proto

export interface MayastorFeatures {
  asymmetricNamespaceAccess?: boolean;
  logicalVolumeManager?: boolean;
  snapshotRebuild?: boolean;
  rdmaCapableIoEngine?: boolean;
  _logicalVolumeManager?: 'logicalVolumeManager';
  _snapshotRebuild?: 'snapshotRebuild';
  _rdmaCapableIoEngine?: 'rdmaCapableIoEngine';
}

export interface MayastorFeatures__Output {
  asymmetricNamespaceAccess: boolean;
  logicalVolumeManager?: boolean;
  snapshotRebuild?: boolean;
  rdmaCapableIoEngine?: boolean;
  _logicalVolumeManager?: 'logicalVolumeManager';
  _snapshotRebuild?: 'snapshotRebuild';
  _rdmaCapableIoEngine?: 'rdmaCapableIoEngine';
}
