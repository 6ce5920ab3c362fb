// Original file: proto/core/v1/core.proto

import type {
  SpecStatus as _mayastor_core_v1_SpecStatus,
  SpecStatus__Output as _mayastor_core_v1_SpecStatus__Output,
} from '../../../mayastor/core/v1/SpecStatus.js';
import type {
  SpecOperation as _mayastor_core_v1_SpecOperation,
  SpecOperation__Output as _mayastor_core_v1_SpecOperation__Output,
} from '../../../mayastor/core/v1/SpecOperation.js';

export interface PoolSpec {
  id?: string;
  node?: string;
  disks?: string[];
  labels?: { [key: string]: string };
  status?: _mayastor_core_v1_SpecStatus;
  operation?: _mayastor_core_v1_SpecOperation | null;
}

export interface PoolSpec__Output {
  id: string;
  node: string;
  disks: string[];
  labels: { [key: string]: string };
  status: _mayastor_core_v1_SpecStatus__Output;
  operation: _mayastor_core_v1_SpecOperation__Output | null;
}
