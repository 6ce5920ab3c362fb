// Original file: proto/core/v1/core.proto

export interface SetVolumeReplicasRequest {
  uuid?: string;
  replicas?: number;
}

export interface SetVolumeReplicasRequest__Output {
  uuid: string;
  replicas: number;
}
