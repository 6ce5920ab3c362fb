import { loadPackageDefinition } from '@grpc/grpc-js';
import { loadSync, type Options, type PackageDefinition } from '@grpc/proto-loader';
import { join } from 'node:path';
import { findUp } from '@mayastor/common';
import type { ProtoGrpcType } from '../generated/core.js';

/** Absolute path of `proto/core/v1`. */
export const CORE_API_PROTO_DIR: string = findUp(import.meta.url, join('proto', 'core', 'v1'));

export const CORE_API_PROTO_FILES = ['core.proto'] as const;

/** gRPC package of the core API. */
export const CORE_API_PACKAGE = 'mayastor.core.v1';

/**
 * proto-loader options of the core API; the generated types assume exactly these
 * (scripts/gen-proto.js): field names as written, 64-bit integers as numbers (sizes
 * in bytes stay below 2^53), enums as names, defaults filled in, oneof virtual fields.
 */
export const CORE_API_LOADER_OPTIONS = Object.freeze({
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [CORE_API_PROTO_DIR],
}) satisfies Options;

export type CoreApiV1 = ProtoGrpcType['mayastor']['core']['v1'];

let definition: PackageDefinition | undefined;
let namespace: CoreApiV1 | undefined;

export function loadCoreApiDefinition(): PackageDefinition {
  definition ??= loadSync([...CORE_API_PROTO_FILES], { ...CORE_API_LOADER_OPTIONS });
  return definition;
}

/** The typed `mayastor.core.v1` namespace (loaded once): service client constructors and definitions. */
export function loadCoreApiV1(): CoreApiV1 {
  if (namespace === undefined) {
    const loaded = loadPackageDefinition(loadCoreApiDefinition()) as unknown as ProtoGrpcType;
    namespace = loaded.mayastor.core.v1;
  }
  return namespace;
}
