// Original file: proto/core/v1/core.proto

export interface ListBlockDevicesRequest {
  node?: string;
  all?: boolean;
}

export interface ListBlockDevicesRequest__Output {
  node: string;
  all: boolean;
}
