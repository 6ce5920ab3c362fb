// Original file: proto/core/v1/core.proto

export interface LabelPoolRequest {
  id?: string;
  labels?: { [key: string]: string };
  overwrite?: boolean;
}

export interface LabelPoolRequest__Output {
  id: string;
  labels: { [key: string]: string };
  overwrite: boolean;
}
