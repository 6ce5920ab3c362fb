// Original file: proto/core/v1/core.proto

export interface CordonNodeRequest {
  id?: string;
  label?: string;
}

export interface CordonNodeRequest__Output {
  id: string;
  label: string;
}
