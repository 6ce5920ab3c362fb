import { Transform, Type } from 'class-transformer';
import { ArrayUnique, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { BaseConfig, Env } from '@mayastor/common';

const ENDPOINT = /^(https?:\/\/)?[A-Za-z0-9.-]+:\d{1,5}$/;
const SEGMENT = /^[A-Za-z0-9._:@-]+$/;

export class CoreConfig extends BaseConfig {
  @Env('Comma-separated etcd endpoints (host:port). When empty, the embedded store is used.')
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value,
  )
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
}
