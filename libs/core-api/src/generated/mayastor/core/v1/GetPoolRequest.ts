// Original file: proto/core/v1/core.proto

export interface GetPoolRequest {
  id?: string;
}

export interface GetPoolRequest__Output {
  id: string;
}
