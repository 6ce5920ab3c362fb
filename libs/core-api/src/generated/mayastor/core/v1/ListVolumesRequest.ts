// Original file: proto/core/v1/core.proto

export interface ListVolumesRequest {}

export interface ListVolumesRequest__Output {}
