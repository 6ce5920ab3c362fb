// Original file: proto/io-engine/v1/snapshot.proto

export interface _mayastor_v1_ListSnapshotsRequest_Query {
  invalid?: boolean;
  discarded?: boolean;
  _invalid?: 'invalid';
  _discarded?: 'discarded';
}

export interface _mayastor_v1_ListSnapshotsRequest_Query__Output {
  invalid?: boolean;
  discarded?: boolean;
  _invalid?: 'invalid';
  _discarded?: 'discarded';
}

export interface ListSnapshotsRequest {
  source_uuid?: string;
  snapshot_uuid?: string;
  query?: _mayastor_v1_ListSnapshotsRequest_Query | null;
  _source_uuid?: 'source_uuid';
  _snapshot_uuid?: 'snapshot_uuid';
}

export interface ListSnapshotsRequest__Output {
  source_uuid?: string;
  snapshot_uuid?: string;
  query: _mayastor_v1_ListSnapshotsRequest_Query__Output | null;
  _source_uuid?: 'source_uuid';
  _snapshot_uuid?: 'snapshot_uuid';
}
