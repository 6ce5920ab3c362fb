import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';
import { Env } from '@mayastor/common';

export const STORE_MODES = ['auto', 'etcd', 'embedded'] as const;
export type StoreMode = (typeof STORE_MODES)[number];

/** A TCP port variable: 1..65535. */
function Port(): PropertyDecorator {
  return (target, property) => {
    Type(() => Number)(target, property);
    IsInt()(target, property);
    Min(1)(target, property);
    Max(65535)(target, property);
  };
}

/**
 * What the local cluster launcher reads. Every port is a preference: when it is
 * taken, the launcher picks a free one and says so (the URLs it prints are the
 * real ones). Anything else in the environment (LOG_LEVEL, the core's tuning
 * variables, ...) passes through to the apps; what the launcher wires (endpoints,
 * store, data dirs, auth) it sets itself.
 */
export class LocalClusterConfig {
  @Env('Data directory (etcd or the embedded store, disk files, logs); the --data-dir flag overrides it.')
  @IsString()
  @IsNotEmpty()
  LOCAL_CLUSTER_DATA_DIR = './data';

  @Env('Store: "etcd" (the etcd binary), "embedded" (the core\'s own), or "auto": etcd if it is on the PATH.')
  @IsIn(STORE_MODES)
  LOCAL_CLUSTER_STORE: StoreMode = 'auto';

  @Env('The etcd binary (looked up on the PATH).')
  @IsString()
  @IsNotEmpty()
  LOCAL_CLUSTER_ETCD_BINARY = 'etcd';

  @Env('etcd client port, on 127.0.0.1.')
  @Port()
  LOCAL_CLUSTER_ETCD_PORT = 2379;

  @Env('etcd peer port, on 127.0.0.1.')
  @Port()
  LOCAL_CLUSTER_ETCD_PEER_PORT = 2380;

  @Env('Core agent gRPC port (Registration and the core API), on 127.0.0.1.')
  @Port()
  LOCAL_CLUSTER_CORE_PORT = 50051;

  @Env('Core agent Prometheus metrics port, on 127.0.0.1.')
  @Port()
  LOCAL_CLUSTER_CORE_METRICS_PORT = 9502;

  @Env('REST API HTTP port, on 127.0.0.1 (Swagger UI at /v0/swagger-ui).')
  @Port()
  LOCAL_CLUSTER_REST_PORT = 8081;

  @Env('Simulated io-engines: how many (node i is io-engine-<i> on 127.0.0.<i>).')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  LOCAL_CLUSTER_NODES = 3;

  @Env('gRPC port of every simulated io-engine.')
  @Port()
  LOCAL_CLUSTER_SIM_GRPC_PORT = 10124;

  @Env('NVMf port of every simulated io-engine.')
  @Port()
  LOCAL_CLUSTER_SIM_NVMF_PORT = 8420;

  @Env("Port of the simulator's fault-injection control API, on 127.0.0.1 (docs/io-engine-sim.md).")
  @Port()
  LOCAL_CLUSTER_SIM_CONTROL_PORT = 10200;

  @Env('Size of the disk of every io-engine (a sparse file; one pool on each), e.g. 10GiB.')
  @Matches(/^\d+\s*(B|KiB|MiB|GiB|TiB|K|M|G|T)?$/i)
  LOCAL_CLUSTER_DISK_SIZE = '10GiB';

  @Env('How long each start-up step may take (store, core, nodes online, pools, REST ready), in seconds.')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  LOCAL_CLUSTER_START_TIMEOUT_SECONDS = 120;

  @Env('How long each process may take to stop after SIGTERM before it is killed, in seconds.')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(600)
  LOCAL_CLUSTER_STOP_TIMEOUT_SECONDS = 15;
}
