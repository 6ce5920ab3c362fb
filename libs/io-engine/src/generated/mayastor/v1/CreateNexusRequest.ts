// Original file: proto/io-engine/v1/nexus.proto

import type {
  NvmeReservation as _mayastor_v1_NvmeReservation,
  NvmeReservation__Output as _mayastor_v1_NvmeReservation__Output,
} from '../../mayastor/v1/NvmeReservation.js';
import type {
  NexusNvmePreemption as _mayastor_v1_NexusNvmePreemption,
  NexusNvmePreemption__Output as _mayastor_v1_NexusNvmePreemption__Output,
} from '../../mayastor/v1/NexusNvmePreemption.js';
import type { Long } from '@grpc/proto-loader';

export interface CreateNexusRequest {
  name?: string;
  uuid?: string;
  size?: number | string | Long;
  minCntlId?: number;
  maxCntlId?: number;
  resvKey?: number | string | Long;
  preemptKey?: number | string | Long;
  children?: string[];
  nexusInfoKey?: string;
  resvType?: _mayastor_v1_NvmeReservation;
  preemptPolicy?: _mayastor_v1_NexusNvmePreemption;
  _resvType?: 'resvType';
}

export interface CreateNexusRequest__Output {
  name: string;
  uuid: string;
  size: string;
  minCntlId: number;
  maxCntlId: number;
  resvKey: string;
  preemptKey: string;
  children: string[];
  nexusInfoKey: string;
  resvType?: _mayastor_v1_NvmeReservation__Output;
  preemptPolicy: _mayastor_v1_NexusNvmePreemption__Output;
  _resvType?: 'resvType';
}
