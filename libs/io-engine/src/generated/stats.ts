import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from './google/protobuf/Empty.js';
import type {
  IoStats as _mayastor_v1_IoStats,
  IoStats__Output as _mayastor_v1_IoStats__Output,
} from './mayastor/v1/IoStats.js';
import type {
  ListStatsOption as _mayastor_v1_ListStatsOption,
  ListStatsOption__Output as _mayastor_v1_ListStatsOption__Output,
} from './mayastor/v1/ListStatsOption.js';
import type {
  NexusIoStatsResponse as _mayastor_v1_NexusIoStatsResponse,
  NexusIoStatsResponse__Output as _mayastor_v1_NexusIoStatsResponse__Output,
} from './mayastor/v1/NexusIoStatsResponse.js';
import type {
  PoolIoStatsResponse as _mayastor_v1_PoolIoStatsResponse,
  PoolIoStatsResponse__Output as _mayastor_v1_PoolIoStatsResponse__Output,
} from './mayastor/v1/PoolIoStatsResponse.js';
import type {
  ReplicaIoStats as _mayastor_v1_ReplicaIoStats,
  ReplicaIoStats__Output as _mayastor_v1_ReplicaIoStats__Output,
} from './mayastor/v1/ReplicaIoStats.js';
import type {
  ReplicaIoStatsResponse as _mayastor_v1_ReplicaIoStatsResponse,
  ReplicaIoStatsResponse__Output as _mayastor_v1_ReplicaIoStatsResponse__Output,
} from './mayastor/v1/ReplicaIoStatsResponse.js';
import type {
  StatsRpcClient as _mayastor_v1_StatsRpcClient,
  StatsRpcDefinition as _mayastor_v1_StatsRpcDefinition,
} from './mayastor/v1/StatsRpc.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new (...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Empty: MessageTypeDefinition<_google_protobuf_Empty, _google_protobuf_Empty__Output>;
    };
  };
  mayastor: {
    v1: {
      IoStats: MessageTypeDefinition<_mayastor_v1_IoStats, _mayastor_v1_IoStats__Output>;
      ListStatsOption: MessageTypeDefinition<_mayastor_v1_ListStatsOption, _mayastor_v1_ListStatsOption__Output>;
      NexusIoStatsResponse: MessageTypeDefinition<
        _mayastor_v1_NexusIoStatsResponse,
        _mayastor_v1_NexusIoStatsResponse__Output
      >;
      PoolIoStatsResponse: MessageTypeDefinition<
        _mayastor_v1_PoolIoStatsResponse,
        _mayastor_v1_PoolIoStatsResponse__Output
      >;
      ReplicaIoStats: MessageTypeDefinition<_mayastor_v1_ReplicaIoStats, _mayastor_v1_ReplicaIoStats__Output>;
      ReplicaIoStatsResponse: MessageTypeDefinition<
        _mayastor_v1_ReplicaIoStatsResponse,
        _mayastor_v1_ReplicaIoStatsResponse__Output
      >;
      StatsRpc: SubtypeConstructor<typeof grpc.Client, _mayastor_v1_StatsRpcClient> & {
        service: _mayastor_v1_StatsRpcDefinition;
      };
    };
  };
}
