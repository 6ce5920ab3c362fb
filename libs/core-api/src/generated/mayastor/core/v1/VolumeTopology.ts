// Original file: proto/core/v1/core.proto

export interface VolumeTopology {
  node_affinity?: { [key: string]: string };
  node_has_keys?: string[];
  pool_affinity?: { [key: string]: string };
  pool_has_keys?: string[];
  spread_keys?: string[];
  allowed_nodes?: string[];
  preferred_nodes?: string[];
  node_affinity_keys?: string[];
  pool_spread_keys?: string[];
  pool_affinity_keys?: string[];
}

export interface VolumeTopology__Output {
  node_affinity: { [key: string]: string };
  node_has_keys: string[];
  pool_affinity: { [key: string]: string };
  pool_has_keys: string[];
  spread_keys: string[];
  allowed_nodes: string[];
  preferred_nodes: string[];
  node_affinity_keys: string[];
  pool_spread_keys: string[];
  pool_affinity_keys: string[];
}
