// Original file: proto/io-engine/v1/stats.proto

export interface ListStatsOption {
  name?: string;
  _name?: 'name';
}

export interface ListStatsOption__Output {
  name?: string;
  _name?: 'name';
}
