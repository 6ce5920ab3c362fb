// Original file: proto/core/v1/core.proto

export interface RegisterAppNodeRequest {
  id?: string;
  endpoint?: string;
  labels?: { [key: string]: string };
}

export interface RegisterAppNodeRequest__Output {
  id: string;
  endpoint: string;
  labels: { [key: string]: string };
}
