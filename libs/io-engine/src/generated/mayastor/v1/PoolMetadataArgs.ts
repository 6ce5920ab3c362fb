// Original file: proto/io-engine/v1/pool.proto

export interface PoolMetadataArgs {
  md_resv_ratio?: number | string;
  _md_resv_ratio?: 'md_resv_ratio';
}

export interface PoolMetadataArgs__Output {
  md_resv_ratio?: number;
  _md_resv_ratio?: 'md_resv_ratio';
}
