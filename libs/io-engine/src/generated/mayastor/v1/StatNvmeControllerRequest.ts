// Original file: proto/io-engine/v1/host.proto

export interface StatNvmeControllerRequest {
  name?: string;
}

export interface StatNvmeControllerRequest__Output {
  name: string;
}
