import { resourceUsage } from 'node:process';
import type { Server } from '@grpc/grpc-js';
import {
  loadIoEngineV1,
  type HostRpcHandlers,
  type ListBlockDevicesRequest__Output,
  type NexusRpcHandlers,
  type PoolRpcHandlers,
  type RebuildHistoryResponse__Input,
  type ReplicaRpcHandlers,
  type StatsRpcHandlers,
  type StringValue__Output,
} from '@mayastor/io-engine';
import type { EngineApi } from '../engine/engine-api.js';
import { Rpc } from '../engine/rpc-error.js';
import { REBUILD_TASKS, type RebuildRecord } from '../nexus/rebuild.js';
import { timestamp, toNexus, toPool, toRecord, toReplica } from './messages.js';

/** A decoded uint64 (a decimal string) as a number; sizes beyond 2^53 are refused. */
export function toSize(value: string | number, what: string): number {
  const size = Number(value);
  if (!Number.isSafeInteger(size) || size < 0) throw Rpc.invalidArgument(`${what} ${value} is out of range`);
  return size;
}

function stringValue(wrapper: StringValue__Output | null | undefined): string | undefined {
  return wrapper ? wrapper.value : undefined;
}

/** The engine's gRPC services; SnapshotRpc is not simulated and answers UNIMPLEMENTED. */
export function registerServices(server: Server, engine: EngineApi): void {
  const v1 = loadIoEngineV1();
  server.addService(v1.PoolRpc.service, poolHandlers(engine));
  server.addService(v1.ReplicaRpc.service, replicaHandlers(engine));
  server.addService(v1.NexusRpc.service, nexusHandlers(engine));
  server.addService(v1.HostRpc.service, hostHandlers(engine));
  server.addService(v1.StatsRpc.service, statsHandlers(engine));
}

function poolHandlers(engine: EngineApi): PoolRpcHandlers {
  return {
    CreatePool: engine.handle('CreatePool', 'engine', async (req) => {
      const pool = await engine.pools.createPool({
        name: req.name,
        uuid: stringValue(req.uuid),
        disks: req.disks,
        clusterSize: req.cluster_size,
      });
      return toPool(pool);
    }),
    ImportPool: engine.handle('ImportPool', 'engine', async (req) =>
      toPool(await engine.pools.importPool({ name: req.name, uuid: stringValue(req.uuid), disks: req.disks })),
    ),
    DestroyPool: engine.handle('DestroyPool', 'engine', async (req) => {
      await engine.pools.destroyPool(req.name, stringValue(req.uuid));
      return {};
    }),
    ExportPool: engine.handle('ExportPool', 'engine', async (req) => {
      await engine.pools.exportPool(req.name, stringValue(req.uuid));
      return {};
    }),
    ListPools: engine.handle('ListPools', undefined, (req) => {
      if (req.pooltype && req.pooltype.value !== 'Lvs') return { pools: [] };
      const pools = engine.pools.listPools({ name: stringValue(req.name), uuid: stringValue(req.uuid) });
      return { pools: pools.map(toPool) };
    }),
    GrowPool: engine.handle('GrowPool', 'engine', async (req) => {
      const pool = engine.pools.listPools({ name: req.name })[0];
      if (!pool) throw Rpc.notFound(`pool ${req.name} not found`);
      const previous = toPool(pool);
      const current = toPool(await engine.pools.growPool(req.name, stringValue(req.uuid)));
      return { previous_pool: previous, current_pool: current };
    }),
  };
}

function replicaHandlers(engine: EngineApi): ReplicaRpcHandlers {
  return {
    CreateReplica: engine.handle('CreateReplica', 'engine', async (req) => {
      const replica = await engine.pools.createReplica({
        name: req.name,
        uuid: req.uuid,
        pool: req.pooluuid,
        size: toSize(req.size, 'size'),
        thin: req.thin,
        share: req.share === 'NVMF' || req.share === 'ISCSI' ? req.share : 'NONE',
        allowedHosts: req.allowed_hosts,
        entityId: req.entity_id,
      });
      return toReplica(engine.pools, replica);
    }),
    DestroyReplica: engine.handle('DestroyReplica', 'engine', async (req) => {
      await engine.pools.destroyReplica(req.uuid, {
        name: req.pool === 'pool_name' ? req.pool_name : undefined,
        uuid: req.pool === 'pool_uuid' ? req.pool_uuid : undefined,
      });
      return {};
    }),
    // Never an error: a failing backend yields an empty list.
    ListReplicas: engine.handle('ListReplicas', undefined, (req) => {
      if (req.query && !req.query.replica && !req.query.clone) return { replicas: [] };
      if (req.pooltypes.length > 0 && !req.pooltypes.includes('Lvs')) return { replicas: [] };
      const replicas = engine.pools.listReplicas({
        name: stringValue(req.name),
        uuid: stringValue(req.uuid),
        poolName: stringValue(req.poolname),
        poolUuid: stringValue(req.pooluuid),
      });
      return { replicas: replicas.map((r) => toReplica(engine.pools, r)) };
    }),
    ShareReplica: engine.handle('ShareReplica', 'engine', async (req) =>
      toReplica(engine.pools, await engine.pools.shareReplica(req.uuid, req.share, req.allowed_hosts)),
    ),
    UnshareReplica: engine.handle('UnshareReplica', 'engine', async (req) =>
      toReplica(engine.pools, await engine.pools.unshareReplica(req.uuid)),
    ),
    ResizeReplica: engine.handle('ResizeReplica', 'engine', async (req) =>
      toReplica(engine.pools, await engine.pools.resizeReplica(req.uuid, toSize(req.requested_size, 'requested_size'))),
    ),
    SetReplicaEntityId: engine.handle('SetReplicaEntityId', 'engine', async (req) =>
      toReplica(engine.pools, await engine.pools.setEntityId(req.uuid, req.entity_id)),
    ),
  };
}

function nexusHandlers(engine: EngineApi): NexusRpcHandlers {
  const byUuid = (req: { uuid: string }): string => req.uuid;
  const byNexusUuid = (req: { nexus_uuid: string }): string => req.nexus_uuid;
  const nx = () => engine.nexuses;
  return {
    CreateNexus: engine.handle('CreateNexus', byUuid, async (req) => ({
      nexus: toNexus(
        await nx().create({
          name: req.name,
          uuid: req.uuid,
          size: toSize(req.size, 'size'),
          minCntlId: req.minCntlId,
          maxCntlId: req.maxCntlId,
          children: req.children,
          nexusInfoKey: req.nexusInfoKey,
        }),
      ),
    })),
    DestroyNexus: engine.handle('DestroyNexus', byUuid, async (req) => {
      await nx().destroy(req.uuid);
      return {};
    }),
    ResizeNexus: engine.handle('ResizeNexus', byUuid, async (req) => ({
      nexus: toNexus(await nx().resize(req.uuid, toSize(req.requested_size, 'requested_size'))),
    })),
    ListNexus: engine.handle('ListNexus', undefined, (req) => ({
      nexus_list: nx()
        .list({ name: stringValue(req.name), uuid: stringValue(req.uuid) })
        .map(toNexus),
    })),
    AddChildNexus: engine.handle('AddChildNexus', byUuid, async (req) => ({
      nexus: toNexus(await nx().addChild(req.uuid, req.uri, req.norebuild)),
    })),
    RemoveChildNexus: engine.handle('RemoveChildNexus', byUuid, async (req) => ({
      nexus: toNexus(await nx().removeChild(req.uuid, req.uri)),
    })),
    FaultNexusChild: engine.handle('FaultNexusChild', byUuid, async (req) => ({
      nexus: toNexus(await nx().faultChild(req.uuid, req.uri)),
    })),
    ShutdownNexus: engine.handle('ShutdownNexus', byUuid, async (req) => ({
      nexus: toNexus(await nx().shutdown(req.uuid)),
    })),
    PublishNexus: engine.handle('PublishNexus', byUuid, (req) => ({
      nexus: toNexus(nx().publish(req.uuid, req.share, req.key, req.allowed_hosts)),
    })),
    UnpublishNexus: engine.handle('UnpublishNexus', byUuid, (req) => ({ nexus: toNexus(nx().unpublish(req.uuid)) })),
    GetNvmeAnaState: engine.handle('GetNvmeAnaState', byUuid, (req) => ({ ana_state: nx().getAnaState(req.uuid) })),
    SetNvmeAnaState: engine.handle('SetNvmeAnaState', byUuid, (req) => ({
      nexus: toNexus(nx().setAnaState(req.uuid, req.ana_state)),
    })),
    ChildOperation: engine.handle('ChildOperation', byNexusUuid, async (req) => ({
      nexus: toNexus(await nx().childOperation(req.nexus_uuid, req.uri, req.action)),
    })),
    StartRebuild: engine.handle('StartRebuild', byNexusUuid, (req) => ({
      nexus: toNexus(nx().startRebuildOf(req.nexus_uuid, req.uri)),
    })),
    StopRebuild: engine.handle('StopRebuild', byNexusUuid, (req) => ({
      nexus: toNexus(nx().controlRebuild(req.nexus_uuid, req.uri, 'stop')),
    })),
    PauseRebuild: engine.handle('PauseRebuild', byNexusUuid, (req) => ({
      nexus: toNexus(nx().controlRebuild(req.nexus_uuid, req.uri, 'pause')),
    })),
    ResumeRebuild: engine.handle('ResumeRebuild', byNexusUuid, (req) => ({
      nexus: toNexus(nx().controlRebuild(req.nexus_uuid, req.uri, 'resume')),
    })),
    GetRebuildState: engine.handle('GetRebuildState', undefined, (req) => ({
      state: nx().job(req.nexus_uuid, req.uri).state,
    })),
    GetRebuildStats: engine.handle('GetRebuildStats', undefined, (req) => {
      const job = nx().job(req.nexus_uuid, req.uri);
      return {
        blocks_total: job.blocksTotal,
        blocks_recovered: job.blocksRecovered,
        blocks_transferred: job.blocksTransferred,
        blocks_remaining: job.blocksRemaining,
        progress: job.progress,
        blocks_per_task: job.record().blocksPerTask,
        block_size: job.blockSize,
        tasks_total: REBUILD_TASKS,
        tasks_active: job.state === 'running' ? REBUILD_TASKS : 0,
        is_partial: job.isPartial,
        start_time: timestamp(job.startTime),
      };
    }),
    GetRebuildHistory: engine.handle('GetRebuildHistory', undefined, (req) => {
      const nexus = nx().get(req.uuid);
      return { uuid: nexus.uuid, name: nexus.name, records: nexus.history.map(toRecord) };
    }),
    ListRebuildHistory: engine.handle('ListRebuildHistory', undefined, (req) => {
      const since = req.since_end_time
        ? Number(req.since_end_time.seconds) * 1000 + Math.floor(req.since_end_time.nanos / 1e6)
        : -Infinity;
      const all: { nexus: { uuid: string; name: string }; record: RebuildRecord }[] = [];
      for (const nexus of nx().nexuses.values()) {
        for (const record of nexus.history) {
          if (record.endTime.getTime() > since) all.push({ nexus, record });
        }
      }
      all.sort((a, b) => b.record.endTime.getTime() - a.record.endTime.getTime());
      const picked = req.count !== undefined ? all.slice(0, req.count) : all;
      const histories: Record<string, RebuildHistoryResponse__Input> = {};
      for (const { nexus, record } of picked) {
        const entry = (histories[nexus.uuid] ??= { uuid: nexus.uuid, name: nexus.name, records: [] });
        entry.records?.push(toRecord(record));
      }
      const newest = picked[0]?.record.endTime;
      return { histories, end_time: newest ? timestamp(newest) : null };
    }),
  };
}

function hostHandlers(engine: EngineApi): HostRpcHandlers {
  return {
    GetMayastorInfo: engine.handle('GetMayastorInfo', undefined, () => ({
      version: engine.registerRequest().version ?? '',
      previous_features: { asymmetricNamespaceAccess: true },
      registration_info: engine.registerRequest(),
    })),
    ListBlockDevices: engine.handle('ListBlockDevices', undefined, (request: ListBlockDevicesRequest__Output) => ({
      devices: engine.blockDevices(request.all),
    })),
    GetMayastorResourceUsage: engine.handle('GetMayastorResourceUsage', undefined, () => {
      const usage = resourceUsage();
      return {
        usage: {
          soft_faults: usage.minorPageFault,
          hard_faults: usage.majorPageFault,
          swaps: usage.swappedOut,
          in_block_ops: usage.fsRead,
          out_block_ops: usage.fsWrite,
          ipc_msg_send: usage.ipcSent,
          ipc_msg_rcv: usage.ipcReceived,
          signals: usage.signalsCount,
          vol_csw: usage.voluntaryContextSwitches,
          invol_csw: usage.involuntaryContextSwitches,
        },
      };
    }),
    ListNvmeControllers: engine.handle('ListNvmeControllers', undefined, () => ({
      controllers: [...engine.nexuses.nexuses.values()].flatMap((nexus) =>
        nexus.children
          .filter((c) => c.backend?.kind === 'remote')
          .map((c) => ({
            name: c.uri.split('?')[0] ?? c.uri,
            state: 'RUNNING' as const,
            size: c.backend?.kind === 'remote' ? c.backend.connection.size : 0,
            blk_size: c.backend?.kind === 'remote' ? c.backend.connection.blockSize : 512,
          })),
      ),
    })),
    StatNvmeController: engine.handle('StatNvmeController', undefined, (req) => {
      const known = [...engine.nexuses.nexuses.values()].some((n) =>
        n.children.some((c) => c.backend?.kind === 'remote' && (c.uri.split('?')[0] ?? '') === req.name),
      );
      if (!known) throw Rpc.notFound(`no NVMe controller ${req.name}`);
      return {
        stats: {
          num_read_ops: 0,
          num_write_ops: 0,
          bytes_read: 0,
          bytes_written: 0,
          num_unmap_ops: 0,
          bytes_unmapped: 0,
        },
      };
    }),
  };
}

/** The simulator moves no data: every counter is zero, but the objects are the engine's own. */
function statsHandlers(engine: EngineApi): StatsRpcHandlers {
  const zero = (name: string, uuid: string) => ({
    name,
    uuid,
    num_read_ops: 0,
    bytes_read: 0,
    num_write_ops: 0,
    bytes_written: 0,
    num_unmap_ops: 0,
    bytes_unmapped: 0,
    read_latency_ticks: 0,
    write_latency_ticks: 0,
    unmap_latency_ticks: 0,
    max_read_latency_ticks: 0,
    min_read_latency_ticks: 0,
    max_write_latency_ticks: 0,
    min_write_latency_ticks: 0,
    max_unmap_latency_ticks: 0,
    min_unmap_latency_ticks: 0,
    tick_rate: 1_000_000,
  });
  const named = <T extends { name: string }>(items: T[], name: string | undefined) =>
    name === undefined ? items : items.filter((i) => i.name === name);
  return {
    GetPoolIoStats: engine.handle('GetPoolIoStats', undefined, (req) => ({
      stats: named(engine.pools.listPools(), req.name).map((p) => zero(p.name, p.uuid)),
    })),
    GetNexusIoStats: engine.handle('GetNexusIoStats', undefined, (req) => ({
      stats: named([...engine.nexuses.nexuses.values()], req.name).map((n) => zero(n.name, n.uuid)),
    })),
    GetReplicaIoStats: engine.handle('GetReplicaIoStats', undefined, (req) => ({
      stats: named(engine.pools.listReplicas({}), req.name).map((r) => ({
        ...(r.entityId !== undefined ? { entity_id: r.entityId } : {}),
        stats: zero(r.name, r.uuid),
      })),
    })),
    ResetIoStats: engine.handle('ResetIoStats', undefined, () => ({})),
  };
}
