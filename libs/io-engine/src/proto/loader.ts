import { loadPackageDefinition } from '@grpc/grpc-js';
import { loadSync, type Options, type PackageDefinition } from '@grpc/proto-loader';
import { join } from 'node:path';
import { findUp } from '@mayastor/common';
import type { ProtoGrpcType as CommonProto } from '../generated/common.js';
import type { ProtoGrpcType as HostProto } from '../generated/host.js';
import type { ProtoGrpcType as NexusProto } from '../generated/nexus.js';
import type { ProtoGrpcType as PoolProto } from '../generated/pool.js';
import type { ProtoGrpcType as RegistrationProto } from '../generated/registration.js';
import type { ProtoGrpcType as ReplicaProto } from '../generated/replica.js';
import type { ProtoGrpcType as SnapshotProto } from '../generated/snapshot.js';
import type { ProtoGrpcType as StatsProto } from '../generated/stats.js';

/** Absolute path of `proto/io-engine/v1`. */
export const IO_ENGINE_PROTO_DIR: string = findUp(import.meta.url, join('proto', 'io-engine', 'v1'));

/**
 * The io-engine v1 proto files we carry, relative to IO_ENGINE_PROTO_DIR (which
 * IO_ENGINE_LOADER_OPTIONS lists in `includeDirs`), in dependency order.
 */
export const IO_ENGINE_PROTO_FILES = [
  'common.proto',
  'registration.proto',
  'pool.proto',
  'replica.proto',
  'nexus.proto',
  'host.proto',
  'snapshot.proto',
  'stats.proto',
] as const;

/**
 * proto-loader options for the io-engine protos. The generated types assume exactly
 * these (scripts/gen-proto.js passes the same flags to gen-types): field
 * names as written (the protos mix snake_case and camelCase), 64-bit integers as
 * decimal strings, enums as names, default values filled in, and a virtual field
 * naming the member set of each oneof. Also fit for `@nestjs/microservices`'
 * `loader` option together with `protoPath: IO_ENGINE_PROTO_FILES`.
 */
export const IO_ENGINE_LOADER_OPTIONS = Object.freeze({
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [IO_ENGINE_PROTO_DIR],
}) satisfies Options;

/** The `mayastor.v1` namespace: message and enum definitions and the service client constructors. */
export type IoEngineV1 = CommonProto['mayastor']['v1'] &
  RegistrationProto['mayastor']['v1'] &
  PoolProto['mayastor']['v1'] &
  ReplicaProto['mayastor']['v1'] &
  NexusProto['mayastor']['v1'] &
  HostProto['mayastor']['v1'] &
  SnapshotProto['mayastor']['v1'] &
  StatsProto['mayastor']['v1'];

let definition: PackageDefinition | undefined;
let namespace: IoEngineV1 | undefined;

/** The proto-loader package definition of all IO_ENGINE_PROTO_FILES (loaded once). */
export function loadIoEngineV1Definition(): PackageDefinition {
  definition ??= loadSync([...IO_ENGINE_PROTO_FILES], { ...IO_ENGINE_LOADER_OPTIONS });
  return definition;
}

/**
 * The typed `mayastor.v1` namespace (loaded once). Each service, e.g. `PoolRpc`, is
 * a client constructor whose `.service` is the definition `grpc.Server.addService` takes.
 */
export function loadIoEngineV1(): IoEngineV1 {
  if (namespace === undefined) {
    const loaded = loadPackageDefinition(loadIoEngineV1Definition()) as unknown as {
      mayastor: { v1: IoEngineV1 };
    };
    namespace = loaded.mayastor.v1;
  }
  return namespace;
}
