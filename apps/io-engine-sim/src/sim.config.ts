import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsIP, IsString, Matches, Max, Min } from 'class-validator';
import { BaseConfig, commaSeparated, Env } from '@mayastor/common';

const bool = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;

const SIZE = /^\d+(\.\d+)?\s*(B|KiB|MiB|GiB|TiB|K|M|G|T)?$/i;
const UNITS: Record<string, number> = { b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** `10GiB`, `512MiB`, `1T`, `4096`: binary units. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmgt])?/i.exec(text.trim());
  if (!match || !SIZE.test(text.trim())) throw new Error(`invalid size '${text}'`);
  return Math.floor(Number(match[1]) * (UNITS[(match[2] ?? 'b').toLowerCase()] ?? 1));
}

export class SimConfig extends BaseConfig {
  @Env("Node name of the (first) simulated io-engine (the engine's -N).")
  @Matches(/^[A-Za-z0-9._-]+$/)
  SIM_NODE_NAME = 'io-engine-1';

  @Env(
    'How many engines this process simulates. With more than one, node i is named <SIM_NODE_NAME>-<i> and gets IP SIM_IP + i - 1 (all of 127.0.0.0/8 is loopback).',
  )
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  SIM_NODE_COUNT = 1;

  @Env('IP of the (first) engine: its gRPC server and NVMf listener bind there.')
  @IsIP(4)
  SIM_IP = '127.0.0.1';

  @Env('gRPC port of every engine (the io-engine serves on 10124).')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  SIM_GRPC_PORT = 10124;

  @Env('NVMf listener port of every engine (8420, as in replica and nexus URIs).')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  SIM_NVMF_PORT = 8420;

  @Env('Host NQN of a single engine; defaults to nqn.2019-05.io.openebs:node-name:<node>.')
  @IsString()
  SIM_HOSTNQN = '';

  @Env('Core\'s Registration endpoint (the engine\'s -R), host:port; "none": do not register.')
  @IsString()
  SIM_REGISTRATION_ENDPOINT = '127.0.0.1:50051';

  @Env('Seconds between two Register heartbeats.')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  SIM_HEARTBEAT_SECONDS = 5;

  @Env("Comma-separated etcd endpoints where NexusInfo is written (the engine's -p); empty: not persisted.")
  @Transform(commaSeparated)
  @Matches(/^(https?:\/\/)?[A-Za-z0-9.-]+:\d{1,5}$/, { each: true })
  SIM_STORE_ENDPOINTS: string[] = [];

  @Env("NATS URL for events (the engine's --events-url), e.g. nats://127.0.0.1:4222; empty: no events.")
  @IsString()
  SIM_EVENTS_URL = '';

  @Env('Directory of the disk files made by SIM_DISKS.')
  @IsString()
  SIM_DATA_DIR = './data/io-engine';

  @Env(
    'Disks to create (sparse files, if missing) for every engine at <SIM_DATA_DIR>/<node>/<name>.img, e.g. "disk0:10GiB,disk1:10GiB".',
  )
  @Transform(commaSeparated)
  @Matches(/^[A-Za-z0-9._-]+:\d+(\.\d+)?\s*(B|KiB|MiB|GiB|TiB|K|M|G|T)?$/i, { each: true })
  SIM_DISKS: string[] = [];

  @Env('fdatasync pool metadata writes.')
  @Transform(bool)
  @IsBoolean()
  SIM_FSYNC = true;

  @Env('Rebuild speed, MiB per second.')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  SIM_REBUILD_MIB_PER_SEC = 512;

  @Env('Port of the fault-injection control API (HTTP, see docs/io-engine-sim.md); 0: none.')
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  SIM_CONTROL_PORT = 10200;

  @Env('Address the control API listens on.')
  @IsIP()
  SIM_CONTROL_HOST = '127.0.0.1';
}
