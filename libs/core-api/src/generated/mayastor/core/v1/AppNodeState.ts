// Original file: proto/core/v1/core.proto

export interface AppNodeState {
  id?: string;
  endpoint?: string;
  status?: string;
}

export interface AppNodeState__Output {
  id: string;
  endpoint: string;
  status: string;
}
