// Original file: proto/io-engine/v1/nexus.proto

import type {
  NexusState as _mayastor_v1_NexusState,
  NexusState__Output as _mayastor_v1_NexusState__Output,
} from '../../mayastor/v1/NexusState.js';
import type {
  Child as _mayastor_v1_Child,
  Child__Output as _mayastor_v1_Child__Output,
} from '../../mayastor/v1/Child.js';
import type {
  NvmeAnaState as _mayastor_v1_NvmeAnaState,
  NvmeAnaState__Output as _mayastor_v1_NvmeAnaState__Output,
} from '../../mayastor/v1/NvmeAnaState.js';
import type { Long } from '@grpc/proto-loader';

export interface Nexus {
  name?: string;
  uuid?: string;
  size?: number | string | Long;
  state?: _mayastor_v1_NexusState;
  children?: _mayastor_v1_Child[];
  device_uri?: string;
  rebuilds?: number;
  ana_state?: _mayastor_v1_NvmeAnaState;
  allowed_hosts?: string[];
}

export interface Nexus__Output {
  name: string;
  uuid: string;
  size: string;
  state: _mayastor_v1_NexusState__Output;
  children: _mayastor_v1_Child__Output[];
  device_uri: string;
  rebuilds: number;
  ana_state: _mayastor_v1_NvmeAnaState__Output;
  allowed_hosts: string[];
}
