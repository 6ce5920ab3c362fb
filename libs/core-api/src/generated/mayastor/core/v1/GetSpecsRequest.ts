// Original file: proto/core/v1/core.proto

export interface GetSpecsRequest {}

export interface GetSpecsRequest__Output {}
