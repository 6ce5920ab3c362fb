// Original file: proto/core/v1/core.proto

export interface ListNodesRequest {}

export interface ListNodesRequest__Output {}
