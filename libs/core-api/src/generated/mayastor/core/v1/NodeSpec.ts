// Original file: proto/core/v1/core.proto

export interface NodeSpec {
  id?: string;
  grpc_endpoint?: string;
  labels?: { [key: string]: string };
  cordon_labels?: string[];
  node_nqn?: string;
  version?: string;
  drain_labels?: string[];
}

export interface NodeSpec__Output {
  id: string;
  grpc_endpoint: string;
  labels: { [key: string]: string };
  cordon_labels: string[];
  node_nqn: string;
  version: string;
  drain_labels: string[];
}
