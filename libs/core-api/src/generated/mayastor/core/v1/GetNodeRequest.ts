// Original file: proto/core/v1/core.proto

export interface GetNodeRequest {
  id?: string;
}

export interface GetNodeRequest__Output {
  id: string;
}
