// Original file: proto/io-engine/v1/host.proto

export interface BackCompatMayastorFeatures {
  asymmetricNamespaceAccess?: boolean;
}

export interface BackCompatMayastorFeatures__Output {
  asymmetricNamespaceAccess: boolean;
}
