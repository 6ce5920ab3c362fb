import { join } from 'node:path';
import type { GrpcOptions } from '@nestjs/microservices';
import { CORE_API_LOADER_OPTIONS, CORE_API_PACKAGE, CORE_API_PROTO_DIR } from '@mayastor/core-api';
import { IO_ENGINE_PROTO_DIR } from '@mayastor/io-engine';
import type { CoreConfig } from '../core.config.js';

/**
 * The core's gRPC server: `mayastor.v1.Registration` (the io-engine contract) and
 * the core API (`mayastor.core.v1`) on one port. Protos are read from the
 * repository's `proto/` (found from the module's location, in src and dist alike).
 */
export function coreGrpcOptions(config: CoreConfig): GrpcOptions['options'] {
  return {
    url: config.CORE_GRPC_ENDPOINT,
    package: ['mayastor.v1', CORE_API_PACKAGE],
    protoPath: [join(IO_ENGINE_PROTO_DIR, 'registration.proto'), join(CORE_API_PROTO_DIR, 'core.proto')],
    loader: { ...CORE_API_LOADER_OPTIONS, includeDirs: [IO_ENGINE_PROTO_DIR, CORE_API_PROTO_DIR] },
  };
}
