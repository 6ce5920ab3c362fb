// Original file: proto/core/v1/core.proto

export interface ShutdownTargetsRequest {
  uuid?: string;
}

export interface ShutdownTargetsRequest__Output {
  uuid: string;
}
