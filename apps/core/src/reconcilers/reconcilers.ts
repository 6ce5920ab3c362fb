import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@mayastor/common';
import {
  done,
  merge,
  requeueAfter,
  TerminalError,
  type GarbageCollect,
  type ReCreate,
  type ReconcileResult,
  type Reconciler,
} from '@mayastor/reconciler';
import { OperationGuard } from '../operations/operation-guard.service.js';
import { PoolsService } from '../pools/pools.service.js';
import { poolStateOf } from '../registry/node-state.js';
import { Registry } from '../registry/registry.service.js';
import { NexusesService } from '../nexuses/nexuses.service.js';
import { ReplicasService } from '../replicas/replicas.service.js';
import { SpecStore } from '../specs/spec-store.service.js';
import {
  markDeleting,
  markDisowned,
  settled,
  type CoreSpecKind,
  type SpecOperation,
  type SpecStatus,
} from '../specs/spec.types.js';
import { VolumesService } from '../volumes/volumes.service.js';
import { NotConverged } from './not-converged.js';
import { SOON_MS, VolumeHealer } from './volume-healer.js';

/** A spec with an operation in flight, or not Created, on an online node, is looked at again this soon. */
const PENDING_MS = SOON_MS * 2;

/**
 * What recovering a spec came to, from its value before and after: still unsettled
 * while `waiting` is false (its node is online: nothing else will make it move) is
 * NotConverged, backing off; otherwise done, having acted if the spec changed
 * (specs are immutable values: a new value means a change). Pieces waiting for a
 * node that is away wait for its online event.
 */
function recovered<T extends { readonly status: SpecStatus; readonly operation: SpecOperation<string> | null }>(
  what: string,
  before: T,
  after: T | undefined,
  waiting: boolean,
): ReconcileResult {
  if (after && !settled(after) && !waiting) {
    throw new NotConverged(`${what}: its ${after.operation?.kind ?? after.status} is not finished yet`);
  }
  return done(before !== after);
}

/** Writes back specs the store refused while it was away (they are also retried every second). */
@Injectable()
export class StoreReconciler implements Reconciler {
  readonly name = 'store';
  constructor(private readonly specs: SpecStore) {}

  keys(): string[] {
    return ['dirty-specs'];
  }

  async reconcile(): Promise<ReconcileResult> {
    if (this.specs.dirtyCount === 0) return done();
    await this.specs.flushDirty();
    return done(true);
  }
}

/**
 * Pools: finish or undo interrupted creates and destroys (a destroy on an offline
 * node finishes when it returns); import a pool its engine lost (a restart).
 */
@Injectable()
export class PoolReconciler implements Reconciler, ReCreate {
  readonly name = 'pool';
  private readonly logger = new Logger(PoolReconciler.name);

  constructor(
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly guard: OperationGuard,
    private readonly pools: PoolsService,
  ) {}

  keys(): string[] {
    return this.specs.list('PoolSpec').map((p) => p.id);
  }

  async reconcile(id: string): Promise<ReconcileResult> {
    const spec = this.specs.get('PoolSpec', id);
    if (!spec) return done();
    if (!settled(spec)) {
      // An operation running now is not an unfinished one: look again when it is done.
      if (this.guard.busy('Pool', id)) return requeueAfter(SOON_MS);
      await this.pools.recover(id);
      return recovered(`pool ${id}`, spec, this.specs.get('PoolSpec', id), !this.registry.isOnline(spec.node));
    }
    return this.recreateState(id);
  }

  async recreateState(id: string): Promise<ReconcileResult> {
    const spec = this.specs.get('PoolSpec', id);
    if (!spec || spec.status !== 'Created' || !this.registry.isOnline(spec.node)) return done();
    if (!this.registry.fetched(spec.node)) return requeueAfter(SOON_MS);
    if (this.registry.pool(id)) return done();
    const result = await this.guard.tryRun('Pool', id, async () => {
      if (this.registry.pool(id)) return done();
      try {
        const pool = await this.registry
          .client(spec.node)
          .importPool({ name: id, disks: [...spec.disks], pooltype: 'Lvs' });
        this.registry.changed(spec.node, { pool: poolStateOf(spec.node, pool) });
        // Its replicas are back too: know them now, so that their volumes can use them.
        await this.registry.refresh(spec.node);
      } catch (error) {
        // A bad disk path will not get better; anything else (the disk not back yet, the
        // engine busy) is retried with backoff.
        if (DomainError.is(error) && error.kind === 'InvalidArgument') {
          throw new TerminalError(`pool ${id} cannot be imported on ${spec.node}: ${error.message}`, { cause: error });
        }
        throw error;
      }
      this.logger.log({ pool: id, node: spec.node }, 'pool imported after its engine lost it');
      return done(true);
    });
    return result ?? requeueAfter(SOON_MS);
  }
}

/**
 * Replicas that no volume looks after: interrupted creates, destroys and shares
 * of replicas made on their own, replicas disowned by their volume (replaced or
 * removed), and orphans whose volume is gone. A replica its volume owns is the
 * volume's to reconcile (it may be creating it right now).
 */
@Injectable()
export class ReplicaReconciler implements Reconciler, GarbageCollect {
  readonly name = 'replica';
  private readonly logger = new Logger(ReplicaReconciler.name);

  constructor(
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly guard: OperationGuard,
    private readonly replicas: ReplicasService,
  ) {}

  /**
   * Replicas with something to look at: not owned by an existing volume, not
   * settled, or with a nexus owner that is gone or does not list them. The many
   * settled replicas of volumes are left out of the periodic pass (their volume
   * looks after them; a change to one queues it anyway).
   */
  keys(): string[] {
    return this.specs
      .list('ReplicaSpec')
      .filter(
        (r) =>
          !this.volumeOwned(r.uuid) ||
          !settled(r) ||
          r.owners.nexuses.some((n) => !this.specs.get('NexusSpec', n)?.replicas.includes(r.uuid)),
      )
      .map((r) => r.uuid);
  }

  async reconcile(uuid: string): Promise<ReconcileResult> {
    let result = merge(await this.disownOrphaned(uuid), await this.disownInvalid(uuid));
    result = merge(result, await this.destroyOrphaned(uuid));
    return merge(result, await this.destroyDeleting(uuid));
  }

  private volumeOwned(uuid: string): boolean {
    const spec = this.specs.get('ReplicaSpec', uuid);
    return spec?.owners.volume != null && this.specs.get('VolumeSpec', spec.owners.volume) !== undefined;
  }

  async destroyDeleting(uuid: string): Promise<ReconcileResult> {
    const spec = this.specs.get('ReplicaSpec', uuid);
    if (!spec || this.volumeOwned(uuid) || settled(spec)) return done();
    if (this.guard.busy('Replica', uuid)) return requeueAfter(SOON_MS);
    await this.replicas.recover(uuid);
    // A share or unshare applied again leaves the replica settled: that is done.
    return recovered(`replica ${uuid}`, spec, this.specs.get('ReplicaSpec', uuid), !this.registry.isOnline(spec.node));
  }

  async destroyOrphaned(uuid: string): Promise<ReconcileResult> {
    const spec = this.specs.get('ReplicaSpec', uuid);
    if (!spec?.owners.volume || this.volumeOwned(uuid)) return done();
    const result = await this.guard.tryRun('Replica', uuid, async () => {
      const current = this.specs.get('ReplicaSpec', uuid);
      if (!current?.owners.volume || this.volumeOwned(uuid)) return done();
      this.logger.warn(
        { replica: uuid, volume: current.owners.volume },
        'replica of a volume that is gone: collecting it',
      );
      await this.specs.commitOrMarkDirty([{ kind: 'ReplicaSpec', id: uuid, value: markDisowned(current) }]);
      return done(true);
    });
    return result ?? requeueAfter(SOON_MS);
  }

  /** The volume decides which of its replicas it uses (VolumeHealer); nothing to do per replica. */
  disownUnused(): Promise<ReconcileResult> {
    return Promise.resolve(done());
  }

  /** Nexus owners whose nexus spec is gone. */
  async disownOrphaned(uuid: string): Promise<ReconcileResult> {
    const spec = this.specs.get('ReplicaSpec', uuid);
    if (!spec || spec.owners.nexuses.every((n) => this.specs.get('NexusSpec', n))) return done();
    const result = await this.guard.tryRun('Replica', uuid, async () => {
      const current = this.specs.get('ReplicaSpec', uuid);
      if (!current) return done();
      const nexuses = current.owners.nexuses.filter((n) => this.specs.get('NexusSpec', n));
      if (nexuses.length === current.owners.nexuses.length) return done();
      await this.specs.commitOrMarkDirty([
        { kind: 'ReplicaSpec', id: uuid, value: { ...current, owners: { ...current.owners, nexuses } } },
      ]);
      return done(true);
    });
    return result ?? requeueAfter(SOON_MS);
  }

  /**
   * Nexus owners whose nexus does not list the replica as a child, once that
   * nexus's volume is settled (an operation in flight may be adding it right now).
   */
  async disownInvalid(uuid: string): Promise<ReconcileResult> {
    const spec = this.specs.get('ReplicaSpec', uuid);
    if (!spec) return done();
    const invalid = spec.owners.nexuses.filter((n) => {
      const nexus = this.specs.get('NexusSpec', n);
      return nexus && nexus.status === 'Created' && !nexus.replicas.includes(uuid);
    });
    let result = done();
    for (const n of invalid) {
      const volume = this.specs.get('NexusSpec', n)!.volume;
      // A volume's target changes under its volume's guard; a standalone nexus under its own.
      const [resource, id] = volume === null ? (['Nexus', n] as const) : (['Volume', volume] as const);
      const outcome = await this.guard.tryRun(resource, id, async () => {
        const settled =
          volume === null
            ? this.specs.get('NexusSpec', n)?.operation === null
            : this.specs.get('VolumeSpec', volume)?.operation === null;
        const nexus = this.specs.get('NexusSpec', n);
        const current = this.specs.get('ReplicaSpec', uuid);
        if (!settled || !nexus || !current || nexus.replicas.includes(uuid)) return done();
        await this.specs.commitOrMarkDirty([
          {
            kind: 'ReplicaSpec',
            id: uuid,
            value: {
              ...current,
              owners: { ...current.owners, nexuses: current.owners.nexuses.filter((x) => x !== n) },
            },
          },
        ]);
        return done(true);
      });
      result = merge(result, outcome ?? requeueAfter(SOON_MS));
    }
    return result;
  }

  /** Space comes back when a replica is destroyed (destroyDeleting); a thin replica cannot be shrunk. */
  reclaimSpace(): Promise<ReconcileResult> {
    return Promise.resolve(done());
  }
}

/**
 * Nexuses: destroy those being deleted (when their node is online) and those no
 * volume owns any more; re-create a volume's target its node lost.
 *
 * A standalone nexus (made through the nexus API, no volume) is its caller's: it is
 * never collected as unowned, nor re-created after its engine lost it (an engine
 * restart), as the original control plane does with the nexuses its API makes; only
 * its interrupted operations are finished or undone (NexusesService.recover).
 */
@Injectable()
export class NexusReconciler implements Reconciler, ReCreate {
  readonly name = 'nexus';
  private readonly logger = new Logger(NexusReconciler.name);

  constructor(
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly guard: OperationGuard,
    private readonly volumes: VolumesService,
    private readonly healer: VolumeHealer,
    private readonly nexuses: NexusesService,
  ) {}

  keys(): string[] {
    return this.specs.list('NexusSpec').map((n) => n.uuid);
  }

  async reconcile(uuid: string): Promise<ReconcileResult> {
    const nexus = this.specs.get('NexusSpec', uuid);
    if (!nexus) return done();
    if (nexus.volume === null) return this.recoverStandalone(uuid);
    if (nexus.status === 'Deleting') {
      if (this.guard.busy('Nexus', uuid) || this.guard.busy('Volume', nexus.volume)) return requeueAfter(SOON_MS);
      await this.volumes.recoverNexus(uuid);
      const after = this.specs.get('NexusSpec', uuid);
      if (after && this.registry.isOnline(after.node)) throw new NotConverged(`nexus ${uuid}: not destroyed yet`);
      return done(after === undefined);
    }
    if (this.unowned(uuid)) return this.destroyUnowned(uuid);
    if (nexus.status !== 'Created') return done();
    return this.recreateState(uuid);
  }

  /** A standalone nexus: only an interrupted operation is finished or undone. */
  private async recoverStandalone(uuid: string): Promise<ReconcileResult> {
    const nexus = this.specs.get('NexusSpec', uuid);
    if (!nexus || settled(nexus)) return done();
    if (this.guard.busy('Nexus', uuid)) return requeueAfter(SOON_MS);
    await this.nexuses.recover(uuid);
    return recovered(`nexus ${uuid}`, nexus, this.specs.get('NexusSpec', uuid), !this.registry.isOnline(nexus.node));
  }

  /** A volume's target that no volume has as its target, nor is publishing (never a standalone nexus). */
  private unowned(uuid: string): boolean {
    const nexus = this.specs.get('NexusSpec', uuid);
    if (!nexus || nexus.volume === null) return false;
    const volume = this.specs.get('VolumeSpec', nexus.volume);
    if (!volume) return true;
    if (volume.target?.nexus === uuid) return false;
    return !(volume.operation?.kind === 'Publish' && volume.operation.nexus === uuid);
  }

  private async destroyUnowned(uuid: string): Promise<ReconcileResult> {
    const volume = this.specs.get('NexusSpec', uuid)!.volume;
    if (volume === null) return done();
    const result = await this.guard.tryRun('Volume', volume, async () => {
      const nexus = this.specs.get('NexusSpec', uuid);
      if (!nexus || !this.unowned(uuid)) return done();
      this.logger.warn({ nexus: uuid, volume }, 'nexus no volume owns: destroying it');
      await this.specs.commitOrMarkDirty([{ kind: 'NexusSpec', id: uuid, value: markDeleting(nexus) }]);
      return done(true);
    });
    if (!result) return requeueAfter(SOON_MS);
    await this.volumes.recoverNexus(uuid);
    return result;
  }

  /** Only a volume's target is re-created; a standalone nexus its engine lost stays lost (its spec remains). */
  async recreateState(uuid: string): Promise<ReconcileResult> {
    const nexus = this.specs.get('NexusSpec', uuid);
    if (!nexus || nexus.volume === null) return done();
    return this.healer.recreateTarget(nexus.volume);
  }
}

/**
 * Volumes: finish or undo interrupted operations (create, destroy, publish,
 * resize, replica count), then self-heal a published volume (VolumeHealer).
 */
@Injectable()
export class VolumeReconciler implements Reconciler, GarbageCollect {
  readonly name = 'volume';
  private readonly logger = new Logger(VolumeReconciler.name);

  constructor(
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly guard: OperationGuard,
    private readonly volumes: VolumesService,
    private readonly healer: VolumeHealer,
  ) {}

  /** Volumes with something to look at: published (to heal), or not settled. Others wait for a change. */
  keys(): string[] {
    return this.specs
      .list('VolumeSpec')
      .filter((v) => v.target !== null || !settled(v))
      .map((v) => v.uuid);
  }

  async reconcile(uuid: string): Promise<ReconcileResult> {
    const volume = this.specs.get('VolumeSpec', uuid);
    if (!volume) return done();
    if (!settled(volume)) return this.destroyDeleting(uuid);
    const result = await this.disownOrphaned(uuid);
    return merge(result, await this.healer.heal(uuid));
  }

  /** Also finishes any other interrupted operation of the volume. */
  async destroyDeleting(uuid: string): Promise<ReconcileResult> {
    const volume = this.specs.get('VolumeSpec', uuid);
    if (!volume) return done();
    if (this.guard.busy('Volume', uuid)) return requeueAfter(SOON_MS);
    await this.volumes.recover(uuid);
    return recovered(`volume ${uuid}`, volume, this.specs.get('VolumeSpec', uuid), this.piecesOffline(uuid));
  }

  private piecesOffline(uuid: string): boolean {
    const nodes = [
      ...this.volumes.replicasOf(uuid).map((r) => r.node),
      ...this.volumes.nexusesOf(uuid).map((n) => n.node),
    ];
    return nodes.some((node) => !this.registry.isOnline(node));
  }

  /** A volume has no owner. */
  destroyOrphaned(): Promise<ReconcileResult> {
    return Promise.resolve(done());
  }

  /** Done as part of healing (it needs the nexus's view of its children). */
  disownUnused(): Promise<ReconcileResult> {
    return Promise.resolve(done());
  }

  /** A target that names a nexus whose spec is gone: the volume is unpublished. */
  async disownOrphaned(uuid: string): Promise<ReconcileResult> {
    const volume = this.specs.get('VolumeSpec', uuid);
    if (!volume?.target || this.specs.get('NexusSpec', volume.target.nexus)) return done();
    const result = await this.guard.tryRun('Volume', uuid, async () => {
      const current = this.specs.get('VolumeSpec', uuid);
      if (!current?.target || current.operation || this.specs.get('NexusSpec', current.target.nexus)) return done();
      this.logger.warn({ volume: uuid, nexus: current.target.nexus }, 'target nexus spec is gone: volume unpublished');
      await this.specs.commitOrMarkDirty([{ kind: 'VolumeSpec', id: uuid, value: { ...current, target: null } }]);
      return done(true);
    });
    return result ?? requeueAfter(SOON_MS);
  }

  /** Replicas are disowned by their volume only through healing or a replica count change. */
  disownInvalid(): Promise<ReconcileResult> {
    return Promise.resolve(done());
  }

  reclaimSpace(): Promise<ReconcileResult> {
    return Promise.resolve(done());
  }
}

/** Nodes: move every target off a node being drained, until it is Drained. */
@Injectable()
export class NodeReconciler implements Reconciler {
  readonly name = 'node';

  constructor(
    private readonly specs: SpecStore,
    private readonly volumes: VolumesService,
  ) {}

  keys(): string[] {
    return this.specs.list('NodeSpec').map((n) => n.id);
  }

  async reconcile(id: string): Promise<ReconcileResult> {
    const node = this.specs.get('NodeSpec', id);
    if (!node || (node.drainLabels?.length ?? 0) === 0 || this.volumes.targetsOn(id) === 0) return done();
    await this.volumes.drainTargets(id);
    return this.volumes.targetsOn(id) > 0 ? requeueAfter(PENDING_MS) : done(true);
  }
}

/** Which reconciler follows a kind of spec (null: none; an app node has no state to drive). */
export const RECONCILER_OF_KIND: Readonly<Record<CoreSpecKind, string | null>> = {
  NodeSpec: 'node',
  PoolSpec: 'pool',
  ReplicaSpec: 'replica',
  NexusSpec: 'nexus',
  VolumeSpec: 'volume',
  AppNodeSpec: null,
};
