// Original file: proto/core/v1/core.proto

export interface BlockDeviceFilesystem {
  fstype?: string;
  label?: string;
  uuid?: string;
  mountpoint?: string;
}

export interface BlockDeviceFilesystem__Output {
  fstype: string;
  label: string;
  uuid: string;
  mountpoint: string;
}
