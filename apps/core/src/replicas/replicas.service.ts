import { Injectable, Logger } from '@nestjs/common';
import { DomainError, Errors } from '@mayastor/common';
import { Failpoints } from '../operations/failpoints.service.js';
import { OperationGuard } from '../operations/operation-guard.service.js';
import { engineRefused, isNotFound } from '../operations/engine-errors.js';
import { replicaStateOf, type ReplicaState } from '../registry/node-state.js';
import { Registry } from '../registry/registry.service.js';
import { SpecStore } from '../specs/spec-store.service.js';
import {
  hasOwners,
  markDeleting,
  markDisowned,
  settled,
  type ReplicaOwners,
  type ReplicaSpec,
} from '../specs/spec.types.js';
import { requireId, requireUuid, sameList } from '../specs/validate.js';

export interface ReplicaView {
  readonly uuid: string;
  readonly spec: ReplicaSpec | undefined;
  readonly state: ReplicaState | undefined;
}

export interface CreateReplica {
  readonly uuid: string;
  readonly pool: string;
  readonly node?: string;
  readonly name?: string;
  readonly size: number;
  readonly thin: boolean;
  readonly share: 'none' | 'nvmf';
  readonly allowedHosts: readonly string[];
  readonly owners: ReplicaOwners;
}

const GUARD = 'Replica';

/**
 * Replicas on a given pool: create, destroy, share and unshare over NVMf with
 * allowed hosts. Owners (a volume, nexuses) are recorded for the garbage
 * collector; a replica with owners is only destroyed when asked to disown them.
 * Every change writes its intent into the ReplicaSpec first.
 */
@Injectable()
export class ReplicasService {
  private readonly logger = new Logger(ReplicasService.name);

  constructor(
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly guard: OperationGuard,
    private readonly failpoints: Failpoints,
  ) {}

  get(uuid: string): ReplicaView {
    const view = this.view(uuid);
    if (!view.spec && !view.state) throw this.notFound(uuid);
    return view;
  }

  list(filter: { node?: string; pool?: string } = {}): ReplicaView[] {
    const uuids = new Set<string>();
    for (const spec of this.specs.list('ReplicaSpec')) {
      if (filter.node !== undefined && spec.node !== filter.node) continue;
      if (filter.pool !== undefined && spec.pool !== filter.pool) continue;
      uuids.add(spec.uuid);
    }
    for (const state of this.registry.listReplicas(filter)) uuids.add(state.uuid);
    return [...uuids].sort().map((uuid) => this.view(uuid));
  }

  async create(request: CreateReplica): Promise<ReplicaView> {
    const uuid = requireUuid('replica uuid', request.uuid);
    const poolId = requireId('pool id', request.pool);
    const name = request.name ? requireId('replica name', request.name) : uuid;
    if (!Number.isSafeInteger(request.size) || request.size <= 0) {
      throw Errors.invalidArgument(`replica size must be a positive number of bytes (got ${request.size})`, {
        field: 'size',
      });
    }
    const allowedHosts = [...new Set(request.allowedHosts)];
    if (request.share === 'none' && allowedHosts.length > 0) {
      throw Errors.invalidArgument('allowed hosts need the replica to be shared', { field: 'allowed_hosts' });
    }
    return this.guard.run(GUARD, uuid, async () => {
      const pool = this.specs.get('PoolSpec', poolId);
      const poolState = this.registry.pool(poolId);
      const node = pool?.node ?? poolState?.node;
      if (node === undefined || (request.node !== undefined && request.node !== node)) {
        throw Errors.notFound(`pool '${poolId}' not found${request.node ? ` on node ${request.node}` : ''}`, {
          resource: 'Pool',
          id: poolId,
        });
      }
      const existing = this.specs.get('ReplicaSpec', uuid);
      if (existing) {
        const same =
          existing.pool === poolId &&
          existing.name === name &&
          existing.size === request.size &&
          existing.thin === request.thin &&
          existing.share === request.share &&
          sameList([...existing.allowedHosts].sort(), [...allowedHosts].sort());
        if (!same) {
          throw Errors.alreadyExists(`replica ${uuid} already exists with other parameters`, {
            resource: 'Replica',
            id: uuid,
          });
        }
        if (settled(existing)) return this.view(uuid);
        if (existing.status === 'Deleting') throw this.deleting(uuid);
        throw Errors.conflict(`replica ${uuid} is busy with an unfinished operation`, {
          resource: 'Replica',
          id: uuid,
        });
      }
      if (pool && pool.status !== 'Created') {
        throw Errors.failedPrecondition(`pool '${poolId}' is ${pool.status.toLowerCase()}`, {
          resource: 'Pool',
          id: poolId,
        });
      }
      const client = this.registry.client(node);
      const intent: ReplicaSpec = {
        uuid,
        name,
        pool: poolId,
        node,
        size: request.size,
        thin: request.thin,
        share: request.share,
        allowedHosts,
        owners: { volume: request.owners.volume, nexuses: [...request.owners.nexuses] },
        managed: true,
        status: 'Creating',
        operation: { kind: 'Create', result: null },
      };
      await this.specs.commit([{ kind: 'ReplicaSpec', id: uuid, value: intent }]);
      this.failpoints.hit('replica-create:after-intent');
      let created: ReplicaState;
      try {
        const replica = await client.createReplica({
          name,
          uuid,
          pooluuid: poolState?.uuid || poolId,
          size: request.size,
          thin: request.thin,
          share: request.share === 'nvmf' ? 'NVMF' : 'NONE',
          allowed_hosts: allowedHosts,
          ...(request.owners.volume ? { entity_id: request.owners.volume } : {}),
        });
        created = replicaStateOf(node, replica);
      } catch (error) {
        // Out of space on the engine: our view of the pool is behind; fetch it again.
        if (DomainError.is(error, 'ResourceExhausted')) this.registry.stale(node);
        await this.undoCreate(intent, error);
        throw error;
      }
      this.failpoints.hit('replica-create:after-call');
      this.registry.changed(node, { replica: created });
      await this.specs.commitOrMarkDirty([
        { kind: 'ReplicaSpec', id: uuid, value: { ...intent, status: 'Created', operation: null } },
      ]);
      this.logger.log({ replica: uuid, pool: poolId, node }, 'replica created');
      return this.view(uuid);
    });
  }

  /**
   * Destroys a replica. One with owners is refused (InUse) unless `disownAll`.
   * On an offline node the destroy is recorded (Deleting) and finished when it returns.
   */
  async destroy(uuidIn: string, options: { pool?: string; disownAll?: boolean } = {}): Promise<void> {
    const uuid = requireUuid('replica uuid', uuidIn);
    await this.guard.run(GUARD, uuid, async () => {
      const spec = this.specs.get('ReplicaSpec', uuid);
      const state = this.registry.replica(uuid);
      const pool = spec?.pool ?? state?.pool;
      if (pool === undefined || (options.pool !== undefined && options.pool !== pool)) throw this.notFound(uuid);
      if (!spec) {
        // A replica we never created (found on an io-engine): destroy it directly.
        await this.registry.client(state!.node).destroyReplica({ uuid, pool_name: state!.pool });
        this.registry.changed(state!.node, { replicaRemoved: uuid });
        return;
      }
      if (hasOwners(spec.owners) && !options.disownAll) {
        throw Errors.inUse(
          `replica ${uuid} is in use (volume ${spec.owners.volume ?? '-'}, ${spec.owners.nexuses.length} nexus(es))`,
          {
            resource: 'Replica',
            id: uuid,
          },
        );
      }
      if (spec.status !== 'Deleting' || spec.operation?.result !== null) {
        await this.specs.commit([
          {
            kind: 'ReplicaSpec',
            id: uuid,
            value: markDisowned(spec),
          },
        ]);
      }
      this.failpoints.hit('replica-destroy:after-intent');
      if (!this.registry.isOnline(spec.node)) {
        this.logger.log(
          { replica: uuid, node: spec.node },
          'replica destroy recorded; it finishes when the node returns',
        );
        return;
      }
      try {
        await this.finishDestroy(uuid);
      } catch (error) {
        if (!engineRefused(error)) {
          this.logger.warn({ replica: uuid, err: error }, 'replica destroy recorded; recovery finishes it');
          return;
        }
        // The engine refused: the replica is still there, as the spec had it.
        await this.specs.commitOrMarkDirty([{ kind: 'ReplicaSpec', id: uuid, value: spec }]);
        throw error;
      }
    });
  }

  /** Shares the replica over NVMf; only `allowedHosts` may connect (any host when empty). */
  async share(uuidIn: string, allowedHostsIn: readonly string[]): Promise<ReplicaView> {
    const uuid = requireUuid('replica uuid', uuidIn);
    const allowedHosts = [...new Set(allowedHostsIn)];
    return this.guard.run(GUARD, uuid, async () => {
      const spec = this.requireSpec(uuid);
      if (
        spec.operation === null &&
        spec.share === 'nvmf' &&
        sameList([...spec.allowedHosts].sort(), [...allowedHosts].sort())
      ) {
        return this.view(uuid);
      }
      const client = this.registry.client(spec.node);
      const intent: ReplicaSpec = { ...spec, operation: { kind: 'Share', allowedHosts, result: null } };
      await this.specs.commit([{ kind: 'ReplicaSpec', id: uuid, value: intent }]);
      this.failpoints.hit('replica-share:after-intent');
      await this.applyShare(intent, client, 'nvmf', allowedHosts);
      return this.view(uuid);
    });
  }

  async unshare(uuidIn: string): Promise<ReplicaView> {
    const uuid = requireUuid('replica uuid', uuidIn);
    return this.guard.run(GUARD, uuid, async () => {
      const spec = this.requireSpec(uuid);
      if (spec.operation === null && spec.share === 'none') return this.view(uuid);
      const client = this.registry.client(spec.node);
      const intent: ReplicaSpec = { ...spec, operation: { kind: 'Unshare', result: null } };
      await this.specs.commit([{ kind: 'ReplicaSpec', id: uuid, value: intent }]);
      await this.applyShare(intent, client, 'none', []);
      return this.view(uuid);
    });
  }

  /**
   * Finishes or undoes an incomplete operation of a replica: Creating becomes
   * Deleting, Deleting is destroyed once its node is online, and an interrupted
   * share or unshare is applied again (both are idempotent on the io-engine).
   */
  async recover(uuid: string): Promise<void> {
    await this.guard.tryRun(GUARD, uuid, async () => {
      let spec = this.specs.get('ReplicaSpec', uuid);
      if (!spec || settled(spec)) return;
      if (spec.status === 'Creating') {
        this.logger.log({ replica: uuid, node: spec.node }, 'incomplete replica create: undoing it');
        spec = markDeleting(spec);
        await this.specs.commitOrMarkDirty([{ kind: 'ReplicaSpec', id: uuid, value: spec }]);
      }
      if (!this.registry.isOnline(spec.node)) return;
      // After an engine restart its pools come back by import: until then a replica's
      // absence proves nothing (destroying "nothing" would leave it behind once imported).
      const pool = this.specs.get('PoolSpec', spec.pool);
      const poolBack = !pool || pool.status !== 'Created' || this.registry.pool(spec.pool) !== undefined;
      if (!this.registry.fetched(spec.node) || !poolBack) return;
      if (spec.status === 'Deleting') {
        await this.finishDestroy(uuid);
      } else if (spec.operation?.kind === 'Share') {
        await this.applyShare(spec, this.registry.client(spec.node), 'nvmf', spec.operation.allowedHosts);
      } else if (spec.operation?.kind === 'Unshare') {
        await this.applyShare(spec, this.registry.client(spec.node), 'none', []);
      }
    });
  }

  private async applyShare(
    intent: ReplicaSpec,
    client: ReturnType<Registry['client']>,
    share: 'none' | 'nvmf',
    allowedHosts: readonly string[],
  ): Promise<void> {
    let replica;
    try {
      replica =
        share === 'nvmf'
          ? await client.shareReplica({ uuid: intent.uuid, share: 'NVMF', allowed_hosts: [...allowedHosts] })
          : await client.unshareReplica({ uuid: intent.uuid });
    } catch (error) {
      if (engineRefused(error)) {
        // Nothing changed on the engine: the spec keeps what it had.
        await this.specs
          .commitOrMarkDirty([{ kind: 'ReplicaSpec', id: intent.uuid, value: { ...intent, operation: null } }])
          .catch(() => undefined);
      }
      // Otherwise the engine's share state is unknown: the operation stays in flight
      // and recovery applies it again.
      throw error;
    }
    this.failpoints.hit('replica-share:after-call');
    this.registry.changed(intent.node, { replica: replicaStateOf(intent.node, replica) });
    await this.specs.commitOrMarkDirty([
      {
        kind: 'ReplicaSpec',
        id: intent.uuid,
        value: { ...intent, share, allowedHosts: [...allowedHosts], operation: null },
      },
    ]);
  }

  private async finishDestroy(uuid: string): Promise<void> {
    const spec = this.specs.get('ReplicaSpec', uuid)!;
    const client = this.registry.client(spec.node);
    try {
      await client.destroyReplica({ uuid, pool_name: spec.pool });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      // "Not found" means gone only if its pool is there: an engine that restarted
      // unnoticed has not imported it yet, and the replica would come back with it.
      const pool = this.specs.get('PoolSpec', spec.pool);
      if (pool?.status === 'Created') {
        const { pools } = await client.listPools({ name: { value: spec.pool } });
        if (pools.length === 0) {
          throw Errors.unavailable(`pool ${spec.pool} of replica ${uuid} is not on ${spec.node} yet`, {
            resource: 'Pool',
            id: spec.pool,
          });
        }
      }
    }
    this.failpoints.hit('replica-destroy:after-call');
    this.registry.changed(spec.node, { replicaRemoved: uuid });
    await this.specs.commitOrMarkDirty([{ kind: 'ReplicaSpec', id: uuid, value: null }]);
    this.logger.log({ replica: uuid, node: spec.node }, 'replica destroyed');
  }

  private async undoCreate(intent: ReplicaSpec, error: unknown): Promise<void> {
    try {
      if (engineRefused(error)) {
        await this.specs.commitOrMarkDirty([{ kind: 'ReplicaSpec', id: intent.uuid, value: null }]);
        return;
      }
      await this.specs.commitOrMarkDirty([
        {
          kind: 'ReplicaSpec',
          id: intent.uuid,
          value: markDeleting(intent),
        },
      ]);
      if (this.registry.isOnline(intent.node)) await this.finishDestroy(intent.uuid);
    } catch (undoError) {
      this.logger.warn({ replica: intent.uuid, err: undoError }, 'undo of a failed replica create left for recovery');
    }
  }

  private requireSpec(uuid: string): ReplicaSpec {
    const spec = this.specs.get('ReplicaSpec', uuid);
    if (!spec) throw this.notFound(uuid);
    if (spec.status === 'Deleting') throw this.deleting(uuid);
    if (spec.status !== 'Created') {
      throw Errors.conflict(`replica ${uuid} is still being created`, { resource: 'Replica', id: uuid });
    }
    return spec;
  }

  private notFound(uuid: string): DomainError {
    return Errors.notFound(`replica ${uuid} not found`, { resource: 'Replica', id: uuid });
  }

  private deleting(uuid: string): DomainError {
    return Errors.deleting(`replica ${uuid} is being deleted`, { resource: 'Replica', id: uuid });
  }

  private view(uuid: string): ReplicaView {
    return { uuid, spec: this.specs.get('ReplicaSpec', uuid), state: this.registry.replica(uuid) };
  }
}
