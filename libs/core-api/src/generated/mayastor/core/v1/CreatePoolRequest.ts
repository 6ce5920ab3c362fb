// Original file: proto/core/v1/core.proto

export interface CreatePoolRequest {
  node?: string;
  id?: string;
  disks?: string[];
  labels?: { [key: string]: string };
}

export interface CreatePoolRequest__Output {
  node: string;
  id: string;
  disks: string[];
  labels: { [key: string]: string };
}
