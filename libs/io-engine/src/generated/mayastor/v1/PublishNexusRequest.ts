// Original file: proto/io-engine/v1/nexus.proto

import type {
  ShareProtocol as _mayastor_v1_ShareProtocol,
  ShareProtocol__Output as _mayastor_v1_ShareProtocol__Output,
} from '../../mayastor/v1/ShareProtocol.js';

export interface PublishNexusRequest {
  uuid?: string;
  key?: string;
  share?: _mayastor_v1_ShareProtocol;
  allowed_hosts?: string[];
}

export interface PublishNexusRequest__Output {
  uuid: string;
  key: string;
  share: _mayastor_v1_ShareProtocol__Output;
  allowed_hosts: string[];
}
