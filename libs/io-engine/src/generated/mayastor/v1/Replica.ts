// Original file: proto/io-engine/v1/replica.proto

import type {
  ShareProtocol as _mayastor_v1_ShareProtocol,
  ShareProtocol__Output as _mayastor_v1_ShareProtocol__Output,
} from '../../mayastor/v1/ShareProtocol.js';
import type {
  ReplicaSpaceUsage as _mayastor_v1_ReplicaSpaceUsage,
  ReplicaSpaceUsage__Output as _mayastor_v1_ReplicaSpaceUsage__Output,
} from '../../mayastor/v1/ReplicaSpaceUsage.js';
import type {
  PoolType as _mayastor_v1_PoolType,
  PoolType__Output as _mayastor_v1_PoolType__Output,
} from '../../mayastor/v1/PoolType.js';
import type { Long } from '@grpc/proto-loader';

export interface Replica {
  name?: string;
  uuid?: string;
  pooluuid?: string;
  size?: number | string | Long;
  thin?: boolean;
  share?: _mayastor_v1_ShareProtocol;
  uri?: string;
  poolname?: string;
  usage?: _mayastor_v1_ReplicaSpaceUsage | null;
  allowed_hosts?: string[];
  is_snapshot?: boolean;
  is_clone?: boolean;
  snapshot_uuid?: string;
  entity_id?: string;
  pooltype?: _mayastor_v1_PoolType;
  _snapshot_uuid?: 'snapshot_uuid';
  _entity_id?: 'entity_id';
}

export interface Replica__Output {
  name: string;
  uuid: string;
  pooluuid: string;
  size: string;
  thin: boolean;
  share: _mayastor_v1_ShareProtocol__Output;
  uri: string;
  poolname: string;
  usage: _mayastor_v1_ReplicaSpaceUsage__Output | null;
  allowed_hosts: string[];
  is_snapshot: boolean;
  is_clone: boolean;
  snapshot_uuid?: string;
  entity_id?: string;
  pooltype: _mayastor_v1_PoolType__Output;
  _snapshot_uuid?: 'snapshot_uuid';
  _entity_id?: 'entity_id';
}
