// Original file: proto/core/v1/core.proto

export interface AppNodeSpec {
  id?: string;
  endpoint?: string;
  labels?: { [key: string]: string };
}

export interface AppNodeSpec__Output {
  id: string;
  endpoint: string;
  labels: { [key: string]: string };
}
