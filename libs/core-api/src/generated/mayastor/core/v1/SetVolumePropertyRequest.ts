// Original file: proto/core/v1/core.proto

export interface SetVolumePropertyRequest {
  uuid?: string;
  max_snapshots?: number;
  _max_snapshots?: 'max_snapshots';
}

export interface SetVolumePropertyRequest__Output {
  uuid: string;
  max_snapshots?: number;
  _max_snapshots?: 'max_snapshots';
}
