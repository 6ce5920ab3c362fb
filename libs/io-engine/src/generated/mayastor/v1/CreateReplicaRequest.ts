// Original file: proto/io-engine/v1/replica.proto

import type {
  ShareProtocol as _mayastor_v1_ShareProtocol,
  ShareProtocol__Output as _mayastor_v1_ShareProtocol__Output,
} from '../../mayastor/v1/ShareProtocol.js';
import type { Long } from '@grpc/proto-loader';

export interface CreateReplicaRequest {
  name?: string;
  uuid?: string;
  pooluuid?: string;
  size?: number | string | Long;
  thin?: boolean;
  share?: _mayastor_v1_ShareProtocol;
  allowed_hosts?: string[];
  entity_id?: string;
  _entity_id?: 'entity_id';
}

export interface CreateReplicaRequest__Output {
  name: string;
  uuid: string;
  pooluuid: string;
  size: string;
  thin: boolean;
  share: _mayastor_v1_ShareProtocol__Output;
  allowed_hosts: string[];
  entity_id?: string;
  _entity_id?: 'entity_id';
}
