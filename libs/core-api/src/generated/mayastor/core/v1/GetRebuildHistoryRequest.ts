// Original file: proto/core/v1/core.proto

export interface GetRebuildHistoryRequest {
  uuid?: string;
}

export interface GetRebuildHistoryRequest__Output {
  uuid: string;
}
