import { Transform, Type } from 'class-transformer';
import { ArrayUnique, IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { BaseConfig, commaSeparated, Env } from '@mayastor/common';

const ENDPOINT = /^(https?:\/\/)?[A-Za-z0-9.-]+:\d{1,5}$/;
const SEGMENT = /^[A-Za-z0-9._:@-]+$/;
const LISTEN = /^[A-Za-z0-9.:[\]-]+:\d{1,5}$/;

/** Crash points of the operations (see docs/core.md); only crash tests set CORE_FAILPOINTS. */
export const FAILPOINTS = [
  'pool-create:after-intent',
  'pool-create:after-call',
  'pool-destroy:after-intent',
  'pool-destroy:after-call',
  'replica-create:after-intent',
  'replica-create:after-call',
  'replica-destroy:after-intent',
  'replica-destroy:after-call',
  'replica-share:after-intent',
  'replica-share:after-call',
  'volume-create:after-intent',
  'volume-create:after-replicas',
  'volume-destroy:after-intent',
  'volume-destroy:after-nexus',
  'volume-publish:after-intent',
  'volume-publish:after-shutdown',
  'volume-publish:after-nexus',
  'volume-publish:after-publish',
  'volume-publish:after-complete',
  'nexus-create:after-intent',
  'nexus-create:after-call',
  'nexus-destroy:after-intent',
  'nexus-destroy:after-call',
] as const;
export type Failpoint = (typeof FAILPOINTS)[number];

export class CoreConfig extends BaseConfig {
  @Env('Comma-separated etcd endpoints (host:port). When empty, the embedded store is used.')
  @Transform(commaSeparated)
  @ArrayUnique()
  @Matches(ENDPOINT, { each: true, message: 'each endpoint must be host:port or http(s)://host:port' })
  STORE_ENDPOINTS: string[] = [];

  @Env('Data directory of the embedded store (used when STORE_ENDPOINTS is empty).')
  @IsString()
  STORE_DATA_DIR = './data/store';

  @Env('Deadline of every store call, in milliseconds.')
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  STORE_TIMEOUT_MS = 5000;

  @Env('TTL of the leader lease, in seconds; it is kept alive every TTL/2.')
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(3600)
  STORE_LEASE_TTL_SECONDS = 30;

  @Env('Cluster id: the store keys of this control plane live under clusters/<CLUSTER_ID>.')
  @Matches(SEGMENT)
  CLUSTER_ID = 'default';

  @Env('Namespace of the store keys (namespaces/<NAMESPACE>).')
  @Matches(SEGMENT)
  NAMESPACE = 'mayastor';

  @Env('Address of the gRPC server (Registration and the core API), host:port.')
  @Matches(LISTEN, { message: 'CORE_GRPC_ENDPOINT must be host:port' })
  CORE_GRPC_ENDPOINT = '0.0.0.0:50051';

  @Env(
    'A node that has not registered for this long is probed with GetMayastorInfo, and marked Offline if that fails (milliseconds).',
  )
  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(600_000)
  NODE_DEADLINE_MS = 10_000;

  @Env('Period of the state cache poll of every node (milliseconds).')
  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(3_600_000)
  CACHE_POLL_MS = 30_000;

  @Env(
    'Busy period of the reconcilers (milliseconds): every resource is reconciled again this often while the last pass had work to do.',
  )
  @Type(() => Number)
  @IsInt()
  @Min(200)
  @Max(3_600_000)
  RECONCILE_PERIOD_MS = 10_000;

  @Env('Idle period of the reconcilers (milliseconds): the period while the last pass found nothing to do.')
  @Type(() => Number)
  @IsInt()
  @Min(200)
  @Max(3_600_000)
  RECONCILE_IDLE_PERIOD_MS = 30_000;

  @Env('Longest one reconcile of one resource may run before it counts as failed (milliseconds).')
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  RECONCILE_TIMEOUT_MS = 60_000;

  @Env(
    'First retry delay of a failing reconcile (milliseconds); it doubles, with jitter, up to RECONCILE_BACKOFF_MAX_MS.',
  )
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(600_000)
  RECONCILE_BACKOFF_MS = 500;

  @Env('Longest retry delay of a failing reconcile (milliseconds).')
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  RECONCILE_BACKOFF_MAX_MS = 60_000;

  @Env('Resources of one kind reconciled at once.')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  RECONCILE_CONCURRENCY = 16;

  @Env(
    'How long a faulted nexus child whose engine keeps an I/O log is waited for before its replica is replaced (milliseconds).',
  )
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  FAULTED_CHILD_WAIT_MS = 300_000;

  @Env('Most nexus rebuilds the core starts or lets run at once, cluster-wide; 0 means no limit.')
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  MAX_REBUILDS = 0;

  @Env('Address of the Prometheus metrics endpoint (GET /metrics), host:port; empty disables it.')
  @Matches(/^$|^[^\s:]+:\d{1,5}$/, { message: 'CORE_METRICS_ENDPOINT must be host:port or empty' })
  CORE_METRICS_ENDPOINT = '0.0.0.0:9502';

  @Env('How long an operation waits for a busy resource before answering Conflict (milliseconds).')
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60_000)
  OPERATION_GUARD_WAIT_MS = 1000;

  @Env(
    `Crash tests only: kill the core (SIGKILL) on reaching these points; comma-separated, from ${FAILPOINTS.join(', ')}.`,
  )
  @Transform(commaSeparated)
  @IsIn(FAILPOINTS, { each: true })
  CORE_FAILPOINTS: Failpoint[] = [];

  @Env('Volume creations running at once; more wait (VOLUME_CREATE_WAIT_MS) and then fail busy.')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  VOLUME_CREATE_CONCURRENCY = 10;

  @Env('How long a volume creation waits for a free slot before failing with ResourceExhausted (milliseconds).')
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  VOLUME_CREATE_WAIT_MS = 5000;

  @Env('Thin provisioning: the committed bytes of a pool may reach this percentage of its capacity.')
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(10_000)
  POOL_OVERCOMMIT_PERCENT = 250;

  @Env('Thin provisioning: a replacement replica needs this percentage of its size free in the pool.')
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  VOLUME_COMMITMENT_PERCENT = 40;

  @Env('Thin provisioning: a replica of a new volume needs this percentage of its size free in the pool.')
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  VOLUME_COMMITMENT_INITIAL_PERCENT = 40;
}
