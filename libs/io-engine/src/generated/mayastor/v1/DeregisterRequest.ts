// Original file: proto/io-engine/v1/registration.proto

export interface DeregisterRequest {
  id?: string;
}

export interface DeregisterRequest__Output {
  id: string;
}
