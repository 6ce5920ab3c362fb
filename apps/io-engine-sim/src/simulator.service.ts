import { mkdir, open, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EtcdStore } from '@mayastor/pstor';
import { JetStreamEventPublisher, NullEventSink, type EventSink } from '@mayastor/events';
import { busEvents } from './engine/bus-events.js';
import { NO_EVENTS } from './engine/sim-events.js';
import { SimEngine } from './engine/sim-engine.js';
import { DEFAULT_FABRIC_TIMINGS } from './fabric/fabric.js';
import type { NexusInfoStore } from './nexus/nexus-manager.js';
import { parseSize, SimConfig } from './sim.config.js';

/** The IPv4 address `offset` after `ip` (node i of a many-node process). */
export function ipPlus(ip: string, offset: number): string {
  const value = ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0) + offset;
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** Engines started together, a few at a time, so that a 100-node start does not stampede. */
const START_BATCH = 16;

/** Owns the simulated engines of this process: one, or many for scale runs. */
@Injectable()
export class SimulatorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('io-engine-sim');
  readonly engines = new Map<string, SimEngine>();
  private store: EtcdStore | undefined;
  private sink: EventSink = new NullEventSink();

  constructor(@Inject(SimConfig) private readonly config: SimConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const config = this.config;
    if (config.SIM_STORE_ENDPOINTS.length > 0) {
      this.store = new EtcdStore({ endpoints: config.SIM_STORE_ENDPOINTS });
    }
    if (config.SIM_EVENTS_URL) {
      this.sink = await JetStreamEventPublisher.connect({
        url: config.SIM_EVENTS_URL,
        logger: {
          warn: (fields, message) => this.logger.warn(fields, message),
          info: (fields, message) => this.logger.log(fields, message),
        },
      });
    }
    const store = this.store;
    const nexusInfoStore: NexusInfoStore | undefined = store && {
      put: async (key, value) => {
        await store.put(key, value);
      },
    };
    const many = config.SIM_NODE_COUNT > 1;
    for (let i = 1; i <= config.SIM_NODE_COUNT; i++) {
      const nodeName = many ? `${config.SIM_NODE_NAME}-${i}` : config.SIM_NODE_NAME;
      const engine = new SimEngine({
        nodeName,
        ip: ipPlus(config.SIM_IP, i - 1),
        grpcPort: config.SIM_GRPC_PORT,
        nvmfPort: config.SIM_NVMF_PORT,
        ...(config.SIM_HOSTNQN && !many ? { hostNqn: config.SIM_HOSTNQN } : {}),
        ...(config.SIM_REGISTRATION_ENDPOINT !== 'none'
          ? { registrationEndpoint: config.SIM_REGISTRATION_ENDPOINT }
          : {}),
        heartbeatMs: config.SIM_HEARTBEAT_SECONDS * 1000,
        ...(nexusInfoStore ? { nexusInfoStore } : {}),
        events: config.SIM_EVENTS_URL ? busEvents(this.sink, nodeName) : NO_EVENTS,
        fsync: config.SIM_FSYNC,
        rebuildBytesPerSecond: config.SIM_REBUILD_MIB_PER_SEC * 1024 * 1024,
        fabricTimings: DEFAULT_FABRIC_TIMINGS,
        lockTimeoutMs: 15_000,
        disks: this.config.SIM_DISKS.map((spec) => {
          const [name = '', size = ''] = spec.split(':');
          return { path: this.diskPath(nodeName, name), bytes: parseSize(size) };
        }),
        logger: {
          info: (fields, message) => this.logger.log(fields, message),
          warn: (fields, message) => this.logger.warn(fields, message),
        },
      });
      this.engines.set(nodeName, engine);
      await this.createDisks(nodeName);
    }
    const engines = [...this.engines.values()];
    for (let i = 0; i < engines.length; i += START_BATCH) {
      await Promise.all(engines.slice(i, i + START_BATCH).map((engine) => engine.start()));
    }
    this.logger.log({ nodes: engines.length }, 'simulated io-engines started');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.engines.values()].map((engine) => engine.stop()));
    await this.sink.close();
    await this.store?.close();
  }

  /** Disk files of SIM_DISKS, as sparse files: `<data dir>/<node>/<name>.img`. */
  diskPath(node: string, disk: string): string {
    return resolve(join(this.config.SIM_DATA_DIR, node, `${disk}.img`));
  }

  private async createDisks(node: string): Promise<void> {
    for (const spec of this.config.SIM_DISKS) {
      const [name = '', size = ''] = spec.split(':');
      const path = this.diskPath(node, name);
      const bytes = parseSize(size);
      await mkdir(join(this.config.SIM_DATA_DIR, node), { recursive: true });
      const existing = await stat(path).catch(() => undefined);
      if (existing && existing.size >= bytes) continue;
      const file = await open(path, 'a');
      await file.truncate(bytes);
      await file.close();
    }
  }

  get(node: string): SimEngine | undefined {
    return this.engines.get(node);
  }
}
