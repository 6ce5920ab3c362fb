// Original file: proto/core/v1/core.proto

export interface LabelNodeRequest {
  id?: string;
  labels?: { [key: string]: string };
  overwrite?: boolean;
}

export interface LabelNodeRequest__Output {
  id: string;
  labels: { [key: string]: string };
  overwrite: boolean;
}
