// Original file: proto/core/v1/core.proto

export interface AppNodeRequest {
  id?: string;
}

export interface AppNodeRequest__Output {
  id: string;
}
