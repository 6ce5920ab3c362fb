// Original file: proto/io-engine/v1/replica.proto

import type {
  ShareProtocol as _mayastor_v1_ShareProtocol,
  ShareProtocol__Output as _mayastor_v1_ShareProtocol__Output,
} from '../../mayastor/v1/ShareProtocol.js';

export interface ShareReplicaRequest {
  uuid?: string;
  share?: _mayastor_v1_ShareProtocol;
  allowed_hosts?: string[];
}

export interface ShareReplicaRequest__Output {
  uuid: string;
  share: _mayastor_v1_ShareProtocol__Output;
  allowed_hosts: string[];
}
