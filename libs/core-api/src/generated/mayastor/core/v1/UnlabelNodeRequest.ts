// Original file: proto/core/v1/core.proto

export interface UnlabelNodeRequest {
  id?: string;
  key?: string;
}

export interface UnlabelNodeRequest__Output {
  id: string;
  key: string;
}
