// Original file: proto/core/v1/core.proto

export interface UnlabelPoolRequest {
  id?: string;
  key?: string;
}

export interface UnlabelPoolRequest__Output {
  id: string;
  key: string;
}
