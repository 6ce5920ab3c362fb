// Original file: proto/core/v1/core.proto

export interface VolumeTarget {
  node?: string;
  nexus?: string;
  protocol?: string;
  frontend_nodes?: string[];
  device_uri?: string;
}

export interface VolumeTarget__Output {
  node: string;
  nexus: string;
  protocol: string;
  frontend_nodes: string[];
  device_uri: string;
}
