import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Semaphore, withTimeout, type SemaphoreInterface } from 'async-mutex';
import { DomainError, Errors } from '@mayastor/common';
import type { RebuildHistoryResponse } from '@mayastor/io-engine';
import { STORE, StoreKeys, type Store } from '@mayastor/pstor';
import { CoreConfig } from '../core.config.js';
import { Failpoints } from '../operations/failpoints.service.js';
import { OperationGuard } from '../operations/operation-guard.service.js';
import { engineRefused, isNotFound } from '../operations/engine-errors.js';
import { replicaStateOf } from '../registry/node-state.js';
import { Registry } from '../registry/registry.service.js';
import { ReplicasService } from '../replicas/replicas.service.js';
import {
  describeShortfall,
  placeReplicas,
  type NodeCandidate,
  type PoolCandidate,
  type SchedulerLimits,
} from '../scheduler/scheduler.js';
import { page, type Page, type PageRequest } from '../specs/page.js';
import { SpecStore } from '../specs/spec-store.service.js';
import {
  markDeleting,
  settled,
  markDisowned,
  type Labels,
  type NexusSpec,
  type ReplicaSpec,
  type SpecChange,
  type VolumeSpec,
  type VolumeTopology,
} from '../specs/spec.types.js';
import { requireId, requireLabels, requireTopology, requireUuid, sameLabels } from '../specs/validate.js';
import { childReplica, localChildUri, volumeView, type VolumeView } from './volume-view.js';

export interface CreateVolume {
  readonly uuid: string;
  readonly size: number;
  readonly replicas: number;
  readonly thin: boolean;
  readonly labels: Labels;
  readonly topology: VolumeTopology | null;
  readonly selfHeal: boolean;
  readonly affinityGroup: string | null;
  readonly maxSnapshots: number | null;
}

export interface PublishVolume {
  /** Preferred target node; another online node is chosen when it is not online. */
  readonly node?: string;
  /** Host NQNs allowed to connect to the target. */
  readonly frontendNodes: readonly string[];
  /** Keep the current target when it is healthy (and on `node`, when given). */
  readonly reuseExisting: boolean;
  /**
   * Move the target of a published volume (a new nexus, on `node` or the best node).
   * Without it, publishing a published volume answers its target only when it is kept
   * (`reuseExisting`) or on `node`; otherwise AlreadyPublished.
   */
  readonly republish: boolean;
}

export interface ListVolumes extends PageRequest {
  /** Only this volume: a page of one, or an empty one when it does not exist. */
  readonly uuid?: string;
}

const GUARD = 'Volume';
const NEXUS_GUARD = 'Nexus';
/** Controller ids per publish; ranges advance with every publish, within 1..0xFFEF. */
const CNTLID_RANGE = 10;
const CNTLID_RANGES = Math.floor(0xffef / CNTLID_RANGE);

/**
 * Volumes: replicas placed by the scheduler, a nexus on a target node joining
 * them, and the NVMf share of that nexus to the frontend nodes.
 *
 * Every operation writes its intent first, in one transaction with the specs it
 * brings (a create writes the volume and all its replica specs at once), then
 * calls the io-engines, then completes in one more transaction. Incomplete
 * operations are finished or undone by `recover`.
 */
@Injectable()
export class VolumesService {
  private readonly logger = new Logger(VolumesService.name);
  private readonly creations: SemaphoreInterface;
  private readonly limits: SchedulerLimits;

  constructor(
    config: CoreConfig,
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly guard: OperationGuard,
    private readonly failpoints: Failpoints,
    private readonly replicas: ReplicasService,
    private readonly keys: StoreKeys,
    @Inject(STORE) private readonly store: Store,
  ) {
    this.creations = withTimeout(
      new Semaphore(config.VOLUME_CREATE_CONCURRENCY),
      config.VOLUME_CREATE_WAIT_MS,
      Errors.resourceExhausted(
        `the core is busy with ${config.VOLUME_CREATE_CONCURRENCY} volume creations; try again`,
        { reason: 'ServiceBusy' },
      ),
    );
    this.limits = {
      poolOvercommitPercent: config.POOL_OVERCOMMIT_PERCENT,
      volumeCommitmentPercent: config.VOLUME_COMMITMENT_PERCENT,
      volumeCommitmentInitialPercent: config.VOLUME_COMMITMENT_INITIAL_PERCENT,
    };
  }

  // ------------------------------------------------------------ reads

  get(uuidIn: string): VolumeView {
    const uuid = requireUuid('volume uuid', uuidIn);
    const spec = this.specs.get('VolumeSpec', uuid);
    if (!spec) throw this.notFound(uuid);
    return this.view(spec);
  }

  /**
   * A page of the volumes, ordered by uuid. Answered from memory (specs, and the
   * registry's cache of the nodes: a node that does not answer delays nothing): the
   * SpecStore keeps the uuids sorted, and only the page's volumes are looked at, their
   * replicas found in one pass over the replica specs.
   */
  list(request: ListVolumes = { maxEntries: 0, startingToken: 0 }): Page<VolumeView> {
    if (request.uuid !== undefined) {
      const spec = this.specs.get('VolumeSpec', requireUuid('volume uuid', request.uuid));
      return { entries: spec ? [this.view(spec)] : [], nextToken: null };
    }
    const { entries, nextToken } = page(this.specs.ids('VolumeSpec'), request);
    return {
      entries: entries.map((uuid) =>
        volumeView(this.specs.get('VolumeSpec', uuid)!, this.replicasOf(uuid), this.specs, this.registry),
      ),
      nextToken,
    };
  }

  /**
   * The rebuild history of the volume's target, as its io-engine keeps it (oldest
   * first). NotPublished without a target; Unavailable when its node does not answer.
   */
  async rebuildHistory(uuidIn: string): Promise<RebuildHistoryResponse> {
    const uuid = requireUuid('volume uuid', uuidIn);
    const volume = this.specs.get('VolumeSpec', uuid);
    if (!volume) throw this.notFound(uuid);
    const target = volume.target;
    if (!target) throw Errors.notPublished(`volume ${uuid} is not published`, { resource: 'Volume', id: uuid });
    try {
      return await this.registry.client(target.node).getRebuildHistory({ uuid: target.nexus });
    } catch (error) {
      if (DomainError.is(error, 'DeadlineExceeded') || DomainError.is(error, 'Unavailable')) {
        throw Errors.unavailable(
          `the target node ${target.node} of volume ${uuid} did not answer: ${error.message}`,
          { resource: 'Node', id: target.node },
          { cause: error },
        );
      }
      throw error;
    }
  }

  // ------------------------------------------------------------ create / destroy

  async create(request: CreateVolume): Promise<VolumeView> {
    const uuid = requireUuid('volume uuid', request.uuid);
    if (!Number.isSafeInteger(request.size) || request.size <= 0) {
      throw Errors.invalidArgument(`volume size must be a positive number of bytes (got ${request.size})`, {
        field: 'size',
      });
    }
    if (!Number.isInteger(request.replicas) || request.replicas < 1 || request.replicas > 16) {
      throw Errors.invalidArgument(`a volume has 1 to 16 replicas (got ${request.replicas})`, { field: 'replicas' });
    }
    requireLabels(request.labels);
    requireTopology(request.topology);
    if (request.affinityGroup !== null) requireId('affinity group', request.affinityGroup);
    return this.guard.run(GUARD, uuid, async () => {
      const existing = this.specs.get('VolumeSpec', uuid);
      if (existing) return this.existingCreate(existing, request);
      return this.withCreationSlot(() => this.createNew(uuid, request));
    });
  }

  private existingCreate(existing: VolumeSpec, request: CreateVolume): VolumeView {
    const same =
      existing.size === request.size &&
      existing.numReplicas === request.replicas &&
      existing.thin === request.thin &&
      sameLabels(existing.labels, request.labels) &&
      JSON.stringify(existing.topology) === JSON.stringify(request.topology) &&
      existing.affinityGroup === request.affinityGroup;
    if (!same) {
      throw Errors.alreadyExists(`volume ${existing.uuid} already exists with other parameters`, {
        resource: 'Volume',
        id: existing.uuid,
      });
    }
    if (existing.status === 'Deleting') throw this.deleting(existing.uuid);
    if (existing.status !== 'Created') {
      throw Errors.conflict(`volume ${existing.uuid} is still being created`, {
        resource: 'Volume',
        id: existing.uuid,
      });
    }
    return this.view(existing);
  }

  private async withCreationSlot<T>(fn: () => Promise<T>): Promise<T> {
    const [, release] = await this.creations.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }

  private async createNew(uuid: string, request: CreateVolume): Promise<VolumeView> {
    const placement = placeReplicas(
      {
        size: request.size,
        thin: request.thin,
        count: request.replicas,
        topology: request.topology,
        used: [],
        groupReplicasByNode: this.groupReplicasByNode(request.affinityGroup, uuid),
        initial: true,
      },
      this.poolCandidates(),
      this.nodeCandidates(),
      this.limits,
    );
    if (placement.chosen.length < request.replicas) {
      throw Errors.resourceExhausted(`volume ${uuid}: ${describeShortfall(placement, request.replicas)}`, {
        resource: 'Volume',
        id: uuid,
        placed: String(placement.chosen.length),
        wanted: String(request.replicas),
      });
    }
    const volume: VolumeSpec = {
      uuid,
      size: request.size,
      numReplicas: request.replicas,
      thin: request.thin,
      labels: request.labels,
      policy: { selfHeal: request.selfHeal },
      topology: request.topology,
      affinityGroup: request.affinityGroup,
      maxSnapshots: request.maxSnapshots,
      status: 'Creating',
      operation: { kind: 'Create', result: null },
      target: null,
      publishCount: 0,
    };
    const replicas = placement.chosen.map((pool) => this.newReplica(volume, pool));
    await this.specs.commit([
      { kind: 'VolumeSpec', id: uuid, value: volume },
      ...replicas.map((r): SpecChange => ({ kind: 'ReplicaSpec', id: r.uuid, value: r })),
    ]);
    this.failpoints.hit('volume-create:after-intent');
    const results = await Promise.allSettled(replicas.map((r) => this.createReplicaOnEngine(r)));
    this.failpoints.hit('volume-create:after-replicas');
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length > 0) {
      await this.undoCreate(volume, replicas);
      const first = failures[0]!.reason as unknown;
      const kind = DomainError.is(first) ? first.kind : 'Internal';
      throw new DomainError(
        kind,
        `volume ${uuid}: ${replicas.length - failures.length} of ${replicas.length} replicas could be created; ` +
          `the volume was not created (${first instanceof Error ? first.message : String(first)})`,
        { resource: 'Volume', id: uuid },
        { cause: first },
      );
    }
    await this.specs.commitOrMarkDirty([
      { kind: 'VolumeSpec', id: uuid, value: { ...volume, status: 'Created', operation: null } },
      ...replicas.map((r): SpecChange => ({
        kind: 'ReplicaSpec',
        id: r.uuid,
        value: { ...r, status: 'Created', operation: null },
      })),
    ]);
    this.logger.log({ volume: uuid, replicas: replicas.map((r) => `${r.node}/${r.pool}`) }, 'volume created');
    return this.view(this.specs.get('VolumeSpec', uuid)!);
  }

  private newReplica(volume: VolumeSpec, pool: PoolCandidate): ReplicaSpec {
    const uuid = randomUUID();
    return {
      uuid,
      name: uuid,
      pool: pool.id,
      node: pool.node,
      size: volume.size,
      thin: volume.thin,
      share: 'none',
      allowedHosts: [],
      owners: { volume: volume.uuid, nexuses: [] },
      managed: true,
      status: 'Creating',
      operation: { kind: 'Create', result: null },
    };
  }

  private async createReplicaOnEngine(replica: ReplicaSpec): Promise<void> {
    const poolUuid = this.registry.pool(replica.pool)?.uuid;
    const created = await this.registry
      .client(replica.node)
      .createReplica({
        name: replica.name,
        uuid: replica.uuid,
        pooluuid: poolUuid || replica.pool,
        size: replica.size,
        thin: replica.thin,
        share: 'NONE',
        allowed_hosts: [],
        ...(replica.owners.volume ? { entity_id: replica.owners.volume } : {}),
      })
      .catch((error: unknown) => {
        // Out of space on the engine: the scheduler's view of the pool is behind; fetch it again.
        if (DomainError.is(error, 'ResourceExhausted')) this.registry.stale(replica.node);
        throw error;
      });
    this.registry.changed(replica.node, { replica: replicaStateOf(replica.node, created) });
  }

  /** After a partly failed create: everything made is collected, and the volume spec goes. */
  private async undoCreate(volume: VolumeSpec, replicas: readonly ReplicaSpec[]): Promise<void> {
    try {
      await this.specs.commitOrMarkDirty([
        {
          kind: 'VolumeSpec',
          id: volume.uuid,
          value: markDeleting(volume),
        },
        ...replicas.map((r): SpecChange => ({
          kind: 'ReplicaSpec',
          id: r.uuid,
          value: markDeleting(r),
        })),
      ]);
      await this.collect(volume.uuid);
    } catch (error) {
      this.logger.warn({ volume: volume.uuid, err: error }, 'undo of a failed volume create left for recovery');
    }
  }

  /**
   * Destroys a volume: its target and nexus, then its replicas. The spec stays
   * Deleting until every piece is gone, including pieces on offline nodes, which
   * recovery destroys when their node returns.
   */
  async destroy(uuidIn: string): Promise<void> {
    const uuid = requireUuid('volume uuid', uuidIn);
    await this.guard.run(GUARD, uuid, async () => {
      const volume = this.specs.get('VolumeSpec', uuid);
      if (!volume) throw this.notFound(uuid);
      if (volume.status !== 'Deleting' || volume.operation?.result !== null) {
        const changes: SpecChange[] = [
          {
            kind: 'VolumeSpec',
            id: uuid,
            value: markDeleting(volume),
          },
        ];
        for (const nexus of this.nexusesOf(uuid)) {
          changes.push({
            kind: 'NexusSpec',
            id: nexus.uuid,
            value: markDeleting(nexus),
          });
        }
        for (const replica of this.replicasOf(uuid)) {
          changes.push({
            kind: 'ReplicaSpec',
            id: replica.uuid,
            value: markDeleting(replica),
          });
        }
        await this.specs.commit(changes);
      }
      this.failpoints.hit('volume-destroy:after-intent');
      await this.collect(uuid);
    });
  }

  /**
   * Destroys what is left of a Deleting volume (nexuses first, then replicas) on
   * every online node, and deletes the volume spec once nothing is left.
   */
  private async collect(uuid: string): Promise<void> {
    for (const nexus of this.nexusesOf(uuid)) {
      await this.destroyNexus(nexus).catch((error: unknown) =>
        this.logger.warn({ volume: uuid, nexus: nexus.uuid, err: error }, 'nexus not destroyed yet'),
      );
    }
    this.failpoints.hit('volume-destroy:after-nexus');
    for (const replica of this.replicasOf(uuid)) {
      if (replica.status !== 'Deleting') {
        await this.specs.commitOrMarkDirty([
          {
            kind: 'ReplicaSpec',
            id: replica.uuid,
            value: markDeleting(replica),
          },
        ]);
      }
      await this.replicas.recover(replica.uuid);
    }
    if (this.nexusesOf(uuid).length === 0 && this.replicasOf(uuid).length === 0) {
      // The NexusInfo its engines kept (every target it had) goes before the spec, so a
      // failure here leaves the volume Deleting and the reconciler tries again.
      await this.store.deletePrefix(this.keys.volumeNexusInfos(uuid));
      await this.specs.commitOrMarkDirty([{ kind: 'VolumeSpec', id: uuid, value: null }]);
      this.logger.log({ volume: uuid }, 'volume destroyed');
    }
  }

  // ------------------------------------------------------------ publish / unpublish

  async publish(uuidIn: string, request: PublishVolume): Promise<VolumeView> {
    const uuid = requireUuid('volume uuid', uuidIn);
    if (request.node !== undefined) requireId('node id', request.node);
    return this.guard.run(GUARD, uuid, async () => {
      const volume = this.requireReady(uuid);
      const target = volume.target;
      const current = target ? this.specs.get('NexusSpec', target.nexus) : undefined;
      if (target && current && request.reuseExisting) {
        const state = this.registry.nexus(current.node, current.uuid);
        const healthy = state?.state === 'NEXUS_ONLINE' || state?.state === 'NEXUS_DEGRADED';
        if (healthy && (request.node === undefined || request.node === current.node)) {
          return this.updateFrontends(volume, current, request.frontendNodes);
        }
      }
      if (target && !request.republish) {
        // Asked again for exactly what it is (a retry): answered as it is. Other hosts
        // for a live target need a republish: changing them would cut off the current one.
        const sameHosts =
          request.frontendNodes.length === target.frontendNodes.length &&
          request.frontendNodes.every((h) => target.frontendNodes.includes(h));
        if (request.node === target.node && sameHosts) return this.view(volume);
        throw Errors.alreadyPublished(
          `volume ${uuid} is already published on ${target.node}; republish it to move its target`,
          { resource: 'Volume', id: uuid, node: target.node },
        );
      }
      return this.publishOn(volume, this.chooseTarget(volume, request.node), request.frontendNodes);
    });
  }

  /**
   * Creates and shares a new nexus of the volume on `node`. A current target is
   * shut down first (fenced: its I/O stops before the new one takes over) and
   * destroyed once the new one is up.
   */
  private async publishOn(volume: VolumeSpec, node: string, frontendNodes: readonly string[]): Promise<VolumeView> {
    const uuid = volume.uuid;
    // Remote children are shared to the target's host NQN: fail before any intent if it is unknown.
    this.nodeNqn(node);
    const old = volume.target ? this.specs.get('NexusSpec', volume.target.nexus) : undefined;
    const usable = this.replicasOf(uuid).filter(
      (r) => r.status === 'Created' && this.registry.isOnline(r.node) && this.registry.replica(r.uuid),
    );
    // A new nexus opens its children as in sync: only replicas known healthy may be
    // children at once; the others join afterwards and are rebuilt.
    const healthy = await this.healthyReplicas(uuid, old);
    const children = healthy ? usable.filter((r) => healthy.has(r.uuid)) : usable;
    const rebuildLater = usable.filter((r) => !children.includes(r));
    if (children.length === 0) {
      throw Errors.failedPrecondition(`volume ${uuid} has no healthy replica to publish`, {
        resource: 'Volume',
        id: uuid,
      });
    }
    const generation = volume.publishCount + 1;
    const minCntlId = 1 + ((generation - 1) % CNTLID_RANGES) * CNTLID_RANGE;
    const nexus: NexusSpec = {
      uuid: randomUUID(),
      name: uuid,
      node,
      volume: uuid,
      size: volume.size,
      replicas: children.map((r) => r.uuid),
      share: 'none',
      allowedHosts: [],
      reservationKey: generation,
      minCntlId,
      maxCntlId: minCntlId + CNTLID_RANGE - 1,
      status: 'Creating',
      operation: { kind: 'Create', result: null },
    };
    const intent: VolumeSpec = {
      ...volume,
      publishCount: generation,
      operation: { kind: 'Publish', nexus: nexus.uuid, node, result: null },
    };
    await this.specs.commit([
      { kind: 'VolumeSpec', id: uuid, value: intent },
      { kind: 'NexusSpec', id: nexus.uuid, value: nexus },
      ...children.map((r): SpecChange => ({
        kind: 'ReplicaSpec',
        id: r.uuid,
        value: { ...r, owners: { ...r.owners, nexuses: [...r.owners.nexuses, nexus.uuid] } },
      })),
    ]);
    this.failpoints.hit('volume-publish:after-intent');
    try {
      if (old) {
        await this.shutdownNexus(old);
        // The new nexus has the same name (the volume uuid): on the same node the old one must go first.
        if (old.node === node) await this.destroyNexus(old);
      }
      this.failpoints.hit('volume-publish:after-shutdown');
      const uris: string[] = [];
      for (const replica of children) uris.push(await this.childUri(replica, node));
      const shared = children.filter((r) => r.node !== node);
      await this.createNexusOnEngine(nexus, volume.size, uris, old?.reservationKey ?? 0);
      this.failpoints.hit('volume-publish:after-nexus');
      const deviceUri = (await this.publishNexusOnEngine(node, nexus.uuid, frontendNodes)) ?? '';
      this.failpoints.hit('volume-publish:after-publish');
      const changes: SpecChange[] = [
        {
          kind: 'VolumeSpec',
          id: uuid,
          value: {
            ...intent,
            operation: null,
            target: { node, nexus: nexus.uuid, protocol: 'nvmf', frontendNodes: [...frontendNodes], uri: deviceUri },
          },
        },
        {
          kind: 'NexusSpec',
          id: nexus.uuid,
          value: { ...nexus, share: 'nvmf', allowedHosts: [...frontendNodes], status: 'Created', operation: null },
        },
      ];
      if (old && this.specs.get('NexusSpec', old.uuid)) {
        // The old target is collected: now below, or by recovery should that fail.
        changes.push({
          kind: 'NexusSpec',
          id: old.uuid,
          value: markDeleting(old),
        });
      }
      changes.push(...this.sharedTo(shared, node));
      await this.specs.commitOrMarkDirty(changes);
    } catch (error) {
      await this.undoPublish(uuid).catch((undoError: unknown) =>
        this.logger.warn({ volume: uuid, err: undoError }, 'undo of a failed publish left for recovery'),
      );
      throw error;
    }
    this.failpoints.hit('volume-publish:after-complete');
    for (const replica of rebuildLater) {
      const created = this.specs.get('NexusSpec', nexus.uuid);
      if (!created) break;
      await this.addChild(created, replica)
        .then(() => this.specs.commitOrMarkDirty(this.withChild(nexus.uuid, replica)))
        .catch((error: unknown) =>
          this.logger.warn({ volume: uuid, replica: replica.uuid, err: error }, 'replica not added back for rebuild'),
        );
    }
    if (old && this.specs.get('NexusSpec', old.uuid)) {
      await this.destroyNexus(old).catch((error: unknown) =>
        this.logger.warn({ volume: uuid, nexus: old.uuid, err: error }, 'old target not destroyed yet; recovery will'),
      );
    }
    this.logger.log({ volume: uuid, node, nexus: nexus.uuid, republish: old !== undefined }, 'volume published');
    return this.view(this.specs.get('VolumeSpec', uuid)!);
  }

  /**
   * Undoes an interrupted publish: the new nexus is destroyed (if it was made) and
   * forgotten. A previous target that was shut down is destroyed too: the volume
   * is then unpublished, and its user publishes it again.
   */
  private async undoPublish(uuid: string): Promise<void> {
    const volume = this.specs.get('VolumeSpec', uuid);
    if (!volume || volume.operation?.kind !== 'Publish') return;
    const fresh = this.specs.get('NexusSpec', volume.operation.nexus);
    if (fresh) {
      await this.specs.commitOrMarkDirty([
        {
          kind: 'NexusSpec',
          id: fresh.uuid,
          value: markDeleting(fresh),
        },
      ]);
      // On a node that is gone, the nexus stays Deleting and recovery destroys it when it returns.
      await this.destroyNexus(fresh).catch((error: unknown) =>
        this.logger.warn(
          { volume: uuid, nexus: fresh.uuid, err: error },
          'nexus of an undone publish not destroyed yet',
        ),
      );
    }
    let target = volume.target;
    const old = target ? this.specs.get('NexusSpec', target.nexus) : undefined;
    // A previous target on the same node was destroyed before the new one was made.
    if (!old) target = null;
    if (old && this.registry.isOnline(old.node)) {
      // Only a target known to be shut down (or gone) is given up; before the node's
      // state is first fetched, look again later.
      if (!this.registry.fetched(old.node)) {
        throw Errors.unavailable(`the state of node ${old.node} is not known yet`, { resource: 'Node', id: old.node });
      }
      const state = this.registry.nexus(old.node, old.uuid);
      const alive = state !== undefined && state.state !== 'NEXUS_SHUTDOWN' && state.state !== 'NEXUS_SHUTTING_DOWN';
      if (!alive) {
        target = null;
        await this.specs.commitOrMarkDirty([
          {
            kind: 'NexusSpec',
            id: old.uuid,
            value: markDeleting(old),
          },
        ]);
        await this.destroyNexus(old).catch(() => undefined);
      }
    }
    const current = this.specs.get('VolumeSpec', uuid)!;
    await this.specs.commitOrMarkDirty([
      { kind: 'VolumeSpec', id: uuid, value: { ...current, target, operation: null } },
    ]);
  }

  /** Keeps the target, allowing exactly `frontendNodes` (PublishNexus again replaces its allowed hosts). */
  private async updateFrontends(
    volume: VolumeSpec,
    nexus: NexusSpec,
    frontendNodes: readonly string[],
  ): Promise<VolumeView> {
    const target = volume.target!;
    const same =
      JSON.stringify([...target.frontendNodes].sort()) === JSON.stringify([...frontendNodes].sort()) &&
      target.uri !== '';
    if (same) return this.view(volume);
    const deviceUri = await this.publishNexusOnEngine(nexus.node, nexus.uuid, frontendNodes);
    await this.specs.commitOrMarkDirty([
      {
        kind: 'VolumeSpec',
        id: volume.uuid,
        value: {
          ...volume,
          target: { ...target, frontendNodes: [...frontendNodes], uri: deviceUri ?? target.uri },
        },
      },
      { kind: 'NexusSpec', id: nexus.uuid, value: { ...nexus, share: 'nvmf', allowedHosts: [...frontendNodes] } },
    ]);
    return this.view(this.specs.get('VolumeSpec', volume.uuid)!);
  }

  /** Takes the target down. A target whose node is gone needs `force`; its nexus is destroyed when the node returns. */
  async unpublish(uuidIn: string, force: boolean): Promise<VolumeView> {
    const uuid = requireUuid('volume uuid', uuidIn);
    return this.guard.run(GUARD, uuid, async () => {
      const volume = this.requireReady(uuid);
      if (!volume.target) return this.view(volume);
      const nexus = this.specs.get('NexusSpec', volume.target.nexus);
      if (nexus && !this.registry.isOnline(nexus.node) && !force) {
        throw Errors.unavailable(
          `the target node ${nexus.node} of volume ${uuid} is not online; unpublish with force to leave it behind`,
          { resource: 'Volume', id: uuid },
        );
      }
      const changes: SpecChange[] = [
        { kind: 'VolumeSpec', id: uuid, value: { ...volume, target: null, operation: null } },
      ];
      if (nexus) {
        changes.push({
          kind: 'NexusSpec',
          id: nexus.uuid,
          value: markDeleting(nexus),
        });
      }
      await this.specs.commit(changes);
      if (nexus && this.registry.isOnline(nexus.node)) await this.destroyNexus(nexus);
      this.logger.log({ volume: uuid, force }, 'volume unpublished');
      return this.view(this.specs.get('VolumeSpec', uuid)!);
    });
  }

  // ------------------------------------------------------------ resize / replica count

  /** Grows the volume: every replica, then the nexus. Refused when a pool lacks room. */
  async resize(uuidIn: string, size: number): Promise<VolumeView> {
    const uuid = requireUuid('volume uuid', uuidIn);
    return this.guard.run(GUARD, uuid, async () => {
      const volume = this.requireReady(uuid);
      if (!Number.isSafeInteger(size) || size < volume.size) {
        throw Errors.invalidArgument(`a volume can only grow (from ${volume.size} to ${size} bytes asked)`, {
          field: 'size',
        });
      }
      if (size === volume.size) return this.view(volume);
      const replicas = this.replicasOf(uuid);
      const delta = size - volume.size;
      for (const replica of replicas) {
        const pool = this.registry.pool(replica.pool);
        if (!pool || pool.status === 'Unknown') {
          throw Errors.unavailable(`pool ${replica.pool} of replica ${replica.uuid} is not reachable`, {
            resource: 'Pool',
            id: replica.pool,
          });
        }
        const free = pool.capacity - pool.used;
        const fits = volume.thin
          ? pool.committed + delta <= (pool.capacity * this.limits.poolOvercommitPercent) / 100
          : free >= delta;
        if (!fits) {
          throw Errors.resourceExhausted(
            `pool ${replica.pool} has no room to grow replica ${replica.uuid} by ${delta} bytes`,
            {
              resource: 'Pool',
              id: replica.pool,
            },
          );
        }
      }
      await this.specs.commit([
        { kind: 'VolumeSpec', id: uuid, value: { ...volume, operation: { kind: 'Resize', size, result: null } } },
      ]);
      await this.applyResize(uuid, size);
      return this.view(this.specs.get('VolumeSpec', uuid)!);
    });
  }

  /** Brings replicas and nexus to `size` (each step skipped when done already), then completes. */
  private async applyResize(uuid: string, size: number): Promise<void> {
    try {
      for (const replica of this.replicasOf(uuid)) {
        const state = this.registry.replica(replica.uuid);
        if (!state || state.size < size) {
          const grown = await this.registry
            .client(replica.node)
            .resizeReplica({ uuid: replica.uuid, requested_size: size });
          this.registry.changed(replica.node, { replica: replicaStateOf(replica.node, grown) });
        }
      }
      const target = this.specs.get('VolumeSpec', uuid)!.target;
      const nexus = target ? this.specs.get('NexusSpec', target.nexus) : undefined;
      if (nexus && (this.registry.nexus(nexus.node, nexus.uuid)?.size ?? '0') !== String(size)) {
        const response = await this.registry.client(nexus.node).resizeNexus({ uuid: nexus.uuid, requested_size: size });
        if (response.nexus) this.registry.changed(nexus.node, { nexus: response.nexus });
      }
    } catch (error) {
      if (engineRefused(error)) {
        // Nothing more will happen: the volume keeps its size (grown replicas are only larger).
        const current = this.specs.get('VolumeSpec', uuid)!;
        await this.specs.commitOrMarkDirty([{ kind: 'VolumeSpec', id: uuid, value: { ...current, operation: null } }]);
      }
      throw error;
    }
    // Specs are read again now: others may have changed them meanwhile.
    const volume = this.specs.get('VolumeSpec', uuid)!;
    const changes: SpecChange[] = this.replicasOf(uuid).map((replica) => ({
      kind: 'ReplicaSpec',
      id: replica.uuid,
      value: { ...replica, size },
    }));
    const nexus = volume.target ? this.specs.get('NexusSpec', volume.target.nexus) : undefined;
    if (nexus) changes.push({ kind: 'NexusSpec', id: nexus.uuid, value: { ...nexus, size } });
    changes.push({ kind: 'VolumeSpec', id: uuid, value: { ...volume, size, operation: null } });
    await this.specs.commitOrMarkDirty(changes);
    this.logger.log({ volume: uuid, size }, 'volume resized');
  }

  /**
   * Sets the replica count. Up: new replicas placed by the scheduler, added to the
   * nexus (which rebuilds them). Down: unhealthy or unused replicas go first.
   */
  async setReplicaCount(uuidIn: string, count: number): Promise<VolumeView> {
    const uuid = requireUuid('volume uuid', uuidIn);
    if (!Number.isInteger(count) || count < 1 || count > 16) {
      throw Errors.invalidArgument(`a volume has 1 to 16 replicas (got ${count})`, { field: 'replica_count' });
    }
    return this.guard.run(GUARD, uuid, async () => {
      const volume = this.requireReady(uuid);
      const current = this.replicasOf(uuid);
      if (count === volume.numReplicas && current.length === count) return this.view(volume);
      if (count > current.length) await this.addReplicas(volume, count - current.length, count);
      else if (count < current.length) await this.removeReplicas(volume, current.length - count, count);
      else {
        await this.specs.commit([{ kind: 'VolumeSpec', id: uuid, value: { ...volume, numReplicas: count } }]);
      }
      return this.view(this.specs.get('VolumeSpec', uuid)!);
    });
  }

  async addReplicas(volume: VolumeSpec, more: number, count: number): Promise<void> {
    const existing = this.replicasOf(volume.uuid);
    const placement = placeReplicas(
      {
        size: volume.size,
        thin: volume.thin,
        count: more,
        topology: volume.topology,
        used: existing.map((r) => ({ node: r.node, poolLabels: this.specs.get('PoolSpec', r.pool)?.labels ?? {} })),
        groupReplicasByNode: this.groupReplicasByNode(volume.affinityGroup, volume.uuid),
        initial: false,
      },
      this.poolCandidates(),
      this.nodeCandidates(),
      this.limits,
    );
    if (placement.chosen.length < more) {
      throw Errors.resourceExhausted(`volume ${volume.uuid}: ${describeShortfall(placement, more)}`, {
        resource: 'Volume',
        id: volume.uuid,
      });
    }
    const nexus = volume.target ? this.specs.get('NexusSpec', volume.target.nexus) : undefined;
    const added = placement.chosen.map((pool) => {
      const replica = this.newReplica(volume, pool);
      return nexus ? { ...replica, owners: { ...replica.owners, nexuses: [nexus.uuid] } } : replica;
    });
    await this.specs.commit([
      {
        kind: 'VolumeSpec',
        id: volume.uuid,
        value: { ...volume, operation: { kind: 'SetReplicas', count, result: null } },
      },
      ...added.map((r): SpecChange => ({ kind: 'ReplicaSpec', id: r.uuid, value: r })),
    ]);
    const done: ReplicaSpec[] = [];
    try {
      for (const replica of added) {
        await this.createReplicaOnEngine(replica);
        done.push(replica);
        if (nexus) await this.addChild(nexus, replica);
      }
    } catch (error) {
      // The new replicas are collected; the volume keeps what it had.
      await this.specs.commitOrMarkDirty([
        { kind: 'VolumeSpec', id: volume.uuid, value: { ...volume, operation: null } },
        ...added.map((r): SpecChange => ({
          kind: 'ReplicaSpec',
          id: r.uuid,
          value: markDisowned(r),
        })),
      ]);
      for (const r of added) await this.replicas.recover(r.uuid).catch(() => undefined);
      throw error;
    }
    const changes: SpecChange[] = [
      { kind: 'VolumeSpec', id: volume.uuid, value: { ...volume, numReplicas: count, operation: null } },
      ...added.map((r): SpecChange => ({
        kind: 'ReplicaSpec',
        id: r.uuid,
        value: { ...this.specs.get('ReplicaSpec', r.uuid)!, status: 'Created', operation: null },
      })),
    ];
    if (nexus) {
      changes.push({
        kind: 'NexusSpec',
        id: nexus.uuid,
        value: { ...nexus, replicas: [...nexus.replicas, ...added.map((r) => r.uuid)] },
      });
    }
    await this.specs.commitOrMarkDirty(changes);
    this.logger.log({ volume: volume.uuid, count }, 'volume replica count raised');
  }

  /**
   * The URI by which a nexus on `node` opens `replica`: `bdev:///` when local, else its
   * NVMf share, (re)shared now to that node's host NQN only.
   */
  async childUri(replica: ReplicaSpec, node: string): Promise<string> {
    if (replica.node === node) return localChildUri(replica);
    const state = await this.registry
      .client(replica.node)
      .shareReplica({ uuid: replica.uuid, share: 'NVMF', allowed_hosts: [this.nodeNqn(node)] });
    this.registry.changed(replica.node, { replica: replicaStateOf(replica.node, state) });
    return state.uri;
  }

  /**
   * The specs of remote replicas `childUri` shared to `node`, recording that share.
   * Read now (after the engine calls): others may have changed them meanwhile.
   */
  sharedTo(replicas: readonly ReplicaSpec[], node: string): SpecChange[] {
    const nqn = this.nodeNqn(node);
    const changes: SpecChange[] = [];
    for (const replica of replicas) {
      const current = this.specs.get('ReplicaSpec', replica.uuid);
      if (current)
        changes.push({
          kind: 'ReplicaSpec',
          id: replica.uuid,
          value: { ...current, share: 'nvmf', allowedHosts: [nqn] },
        });
    }
    return changes;
  }

  async addChild(nexus: NexusSpec, replica: ReplicaSpec): Promise<void> {
    const uri = await this.childUri(replica, nexus.node);
    if (replica.node !== nexus.node) await this.specs.commitOrMarkDirty(this.sharedTo([replica], nexus.node));
    const response = await this.registry.client(nexus.node).addChildNexus({ uuid: nexus.uuid, uri, norebuild: false });
    if (response.nexus) this.registry.changed(nexus.node, { nexus: response.nexus });
  }

  private async removeReplicas(volume: VolumeSpec, fewer: number, count: number): Promise<void> {
    const nexus = volume.target ? this.specs.get('NexusSpec', volume.target.nexus) : undefined;
    const nexusState = nexus ? this.registry.nexus(nexus.node, nexus.uuid) : undefined;
    const childOf = (r: ReplicaSpec) => nexusState?.children.find((c) => childReplica(c.uri) === r.uuid);
    /** Lower is removed first: missing or faulted, then degraded, then unused by the nexus, then remote. */
    const rank = (r: ReplicaSpec): number => {
      if (!this.registry.replica(r.uuid)) return 0;
      const child = childOf(r);
      if (child?.state === 'CHILD_STATE_FAULTED') return 0;
      if (child?.state === 'CHILD_STATE_DEGRADED') return 1;
      if (nexus && !child) return 2;
      return nexus && r.node === nexus.node ? 4 : 3;
    };
    const victims = this.replicasOf(volume.uuid)
      .sort((a, b) => rank(a) - rank(b) || (a.uuid < b.uuid ? -1 : 1))
      .slice(0, fewer);
    // The victims leave the volume in the intent itself: after a crash they are collected
    // as unowned replicas, and recovery removes them from the nexus.
    await this.specs.commit([
      {
        kind: 'VolumeSpec',
        id: volume.uuid,
        value: { ...volume, operation: { kind: 'SetReplicas', count, result: null } },
      },
      ...victims.map((r): SpecChange => ({
        kind: 'ReplicaSpec',
        id: r.uuid,
        value: markDisowned(r),
      })),
    ]);
    for (const victim of victims) {
      const child = childOf(victim);
      if (nexus && child) {
        const response = await this.registry.client(nexus.node).removeChildNexus({ uuid: nexus.uuid, uri: child.uri });
        if (response.nexus) this.registry.changed(nexus.node, { nexus: response.nexus });
      }
    }
    // The victims were marked Deleting and disowned in the intent already.
    const changes: SpecChange[] = [
      { kind: 'VolumeSpec', id: volume.uuid, value: { ...volume, numReplicas: count, operation: null } },
    ];
    if (nexus) {
      changes.push({
        kind: 'NexusSpec',
        id: nexus.uuid,
        value: { ...nexus, replicas: nexus.replicas.filter((id) => !victims.some((v) => v.uuid === id)) },
      });
    }
    await this.specs.commitOrMarkDirty(changes);
    for (const victim of victims) await this.replicas.recover(victim.uuid).catch(() => undefined);
    this.logger.log(
      { volume: volume.uuid, count, removed: victims.map((v) => v.uuid) },
      'volume replica count lowered',
    );
  }

  // ------------------------------------------------------------ share / unshare

  /** Shares the volume's target over NVMf again (after an unshare). */
  async share(uuidIn: string): Promise<VolumeView> {
    const uuid = requireUuid('volume uuid', uuidIn);
    return this.guard.run(GUARD, uuid, async () => {
      const volume = this.requireReady(uuid);
      if (!volume.target)
        throw Errors.failedPrecondition(`volume ${uuid} has no target; publish it`, { resource: 'Volume', id: uuid });
      const live = this.registry.nexus(volume.target.node, volume.target.nexus);
      if (volume.target.uri && (live === undefined || live.device_uri)) return this.view(volume);
      const deviceUri = await this.publishNexusOnEngine(
        volume.target.node,
        volume.target.nexus,
        volume.target.frontendNodes,
      );
      await this.specs.commitOrMarkDirty([
        {
          kind: 'VolumeSpec',
          id: uuid,
          value: { ...volume, target: { ...volume.target, uri: deviceUri ?? '' } },
        },
      ]);
      return this.view(this.specs.get('VolumeSpec', uuid)!);
    });
  }

  /** Stops sharing the target (the nexus stays): no host can connect until it is shared again. */
  async unshare(uuidIn: string): Promise<VolumeView> {
    const uuid = requireUuid('volume uuid', uuidIn);
    return this.guard.run(GUARD, uuid, async () => {
      const volume = this.requireReady(uuid);
      if (!volume.target)
        throw Errors.notPublished(`volume ${uuid} is not published`, { resource: 'Volume', id: uuid });
      const live = this.registry.nexus(volume.target.node, volume.target.nexus);
      if (!volume.target.uri && (live === undefined || !live.device_uri)) return this.view(volume);
      const response = await this.registry.client(volume.target.node).unpublishNexus({ uuid: volume.target.nexus });
      if (response.nexus) this.registry.changed(volume.target.node, { nexus: response.nexus });
      await this.specs.commitOrMarkDirty([
        { kind: 'VolumeSpec', id: uuid, value: { ...volume, target: { ...volume.target, uri: '' } } },
      ]);
      return this.view(this.specs.get('VolumeSpec', uuid)!);
    });
  }

  // ------------------------------------------------------------ properties / stale targets

  /** Sets a property of the volume's spec: `maxSnapshots` (0: no limit). */
  async setProperty(uuidIn: string, property: { readonly maxSnapshots?: number }): Promise<VolumeView> {
    const uuid = requireUuid('volume uuid', uuidIn);
    const { maxSnapshots } = property;
    if (maxSnapshots === undefined) {
      throw Errors.invalidArgument(`no property of volume ${uuid} to set`, { field: 'max_snapshots' });
    }
    if (!Number.isSafeInteger(maxSnapshots) || maxSnapshots < 0) {
      throw Errors.invalidArgument(`max snapshots is 0 (no limit) or more (got ${maxSnapshots})`, {
        field: 'max_snapshots',
      });
    }
    return this.guard.run(GUARD, uuid, async () => {
      const volume = this.requireReady(uuid);
      await this.specs.commit([
        { kind: 'VolumeSpec', id: uuid, value: { ...volume, maxSnapshots: maxSnapshots === 0 ? null : maxSnapshots } },
      ]);
      return this.view(this.specs.get('VolumeSpec', uuid)!);
    });
  }

  /**
   * Destroys every nexus of the volume but its target (and the nexus of a publish not
   * finished yet): targets a republish left behind while their node was away. They are
   * marked Deleting first; one whose node is not online stays so, and the nexus
   * reconciler destroys it when the node returns. Idempotent.
   */
  async shutdownTargets(uuidIn: string): Promise<void> {
    const uuid = requireUuid('volume uuid', uuidIn);
    await this.guard.run(GUARD, uuid, async () => {
      const volume = this.specs.get('VolumeSpec', uuid);
      if (!volume) throw this.notFound(uuid);
      if (volume.status === 'Deleting') throw this.deleting(uuid);
      const keep = new Set<string>();
      if (volume.target) keep.add(volume.target.nexus);
      if (volume.operation?.kind === 'Publish') keep.add(volume.operation.nexus);
      const stale = this.nexusesOf(uuid).filter((n) => !keep.has(n.uuid));
      if (stale.length === 0) return;
      await this.specs.commit(
        stale.map((n): SpecChange => ({
          kind: 'NexusSpec',
          id: n.uuid,
          value: n.status === 'Deleting' ? n : markDeleting(n),
        })),
      );
      // Each is tried; the first failure is answered (they stay Deleting, for a retry or the reconciler).
      let failed: Error | undefined;
      for (const { uuid: id } of stale) {
        const nexus = this.specs.get('NexusSpec', id);
        if (!nexus || !this.registry.isOnline(nexus.node)) continue;
        await this.destroyNexus(nexus).catch((error: unknown) => {
          this.logger.warn({ volume: uuid, nexus: id, err: error }, 'stale target not destroyed yet');
          failed ??= error instanceof Error ? error : new Error(String(error));
        });
      }
      if (failed) throw failed;
      this.logger.log({ volume: uuid, nexuses: stale.map((n) => n.uuid) }, 'stale targets shut down');
    });
  }

  // ------------------------------------------------------------ drain

  /** Moves every target off `node` (cordoned by a drain) by republishing it elsewhere. */
  async drainTargets(node: string): Promise<void> {
    for (const volume of this.specs.list('VolumeSpec')) {
      if (volume.target?.node !== node || volume.status !== 'Created') continue;
      await this.guard
        .tryRun(GUARD, volume.uuid, async () => {
          const current = this.specs.get('VolumeSpec', volume.uuid);
          if (!current?.target || current.target.node !== node || current.operation) return;
          await this.publishOn(current, this.chooseTarget(current, undefined, node), current.target.frontendNodes);
        })
        .catch((error: unknown) =>
          this.logger.warn({ volume: volume.uuid, node, err: error }, 'drain: target not moved yet'),
        );
    }
  }

  /** Volumes whose target is on `node`. */
  targetsOn(node: string): number {
    return this.specs.list('VolumeSpec').filter((v) => v.target?.node === node).length;
  }

  // ------------------------------------------------------------ recovery

  /** Finishes or undoes an interrupted operation of a volume; skips a busy volume. */
  async recover(uuid: string): Promise<void> {
    await this.guard.tryRun(GUARD, uuid, async () => {
      let volume = this.specs.get('VolumeSpec', uuid);
      if (!volume) return;
      if (volume.status === 'Creating') {
        this.logger.log({ volume: uuid }, 'incomplete volume create: undoing it');
        volume = markDeleting(volume);
        await this.specs.commitOrMarkDirty([
          { kind: 'VolumeSpec', id: uuid, value: volume },
          ...this.replicasOf(uuid).map((r): SpecChange => ({
            kind: 'ReplicaSpec',
            id: r.uuid,
            value: markDeleting(r),
          })),
        ]);
      }
      if (volume.status === 'Deleting') return this.collect(uuid);
      switch (volume.operation?.kind) {
        case 'Publish':
          this.logger.log({ volume: uuid }, 'incomplete publish: undoing it');
          return this.undoPublish(uuid);
        case 'Resize':
          return this.applyResize(uuid, volume.operation.size);
        case 'SetReplicas':
          return this.undoSetReplicas(volume);
        case 'Unpublish':
        case 'Share':
        case 'Unshare':
        case 'Create':
        case 'Destroy':
          // The replicas or nexus it touched are recovered on their own; the count stays.
          await this.specs.commitOrMarkDirty([{ kind: 'VolumeSpec', id: uuid, value: { ...volume, operation: null } }]);
          return;
        default:
          return;
      }
    });
  }

  /**
   * After an interrupted replica count change: replicas still being created are
   * collected, and the target's nexus keeps as children exactly the volume's
   * replicas (a child whose replica is not the volume's any more is removed).
   */
  private async undoSetReplicas(volume: VolumeSpec): Promise<void> {
    const uuid = volume.uuid;
    const nexus = volume.target ? this.specs.get('NexusSpec', volume.target.nexus) : undefined;
    const state = nexus ? this.registry.nexus(nexus.node, nexus.uuid) : undefined;
    if (nexus && !state) {
      throw Errors.unavailable(`the target of volume ${uuid} is not reachable yet`, { resource: 'Volume', id: uuid });
    }
    const stale = this.replicasOf(uuid).filter((r) => r.status === 'Creating');
    const keep = new Set(
      this.replicasOf(uuid)
        .filter((r) => r.status === 'Created')
        .map((r) => r.uuid),
    );
    for (const child of state?.children ?? []) {
      const replica = childReplica(child.uri);
      if (!keep.has(replica)) {
        const response = await this.registry
          .client(nexus!.node)
          .removeChildNexus({ uuid: nexus!.uuid, uri: child.uri });
        if (response.nexus) this.registry.changed(nexus!.node, { nexus: response.nexus });
      }
    }
    // A removal had disowned its victims in its intent: its count stands. An addition (or a
    // self-heal replacement) is undone: the count stays as it was.
    const count =
      volume.operation?.kind === 'SetReplicas' ? Math.min(volume.operation.count, volume.numReplicas) : keep.size;
    const changes: SpecChange[] = [
      { kind: 'VolumeSpec', id: uuid, value: { ...volume, numReplicas: count, operation: null } },
      ...stale.map((r): SpecChange => ({
        kind: 'ReplicaSpec',
        id: r.uuid,
        value: markDisowned(r),
      })),
    ];
    if (nexus) changes.push({ kind: 'NexusSpec', id: nexus.uuid, value: { ...nexus, replicas: [...keep] } });
    await this.specs.commitOrMarkDirty(changes);
    for (const r of stale) await this.replicas.recover(r.uuid).catch(() => undefined);
  }

  /** Destroys a Deleting nexus whose volume is gone or which is not the volume's target any more. */
  async recoverNexus(uuid: string): Promise<void> {
    const nexus = this.specs.get('NexusSpec', uuid);
    // A standalone nexus (no volume) is recovered by NexusesService.
    if (!nexus || nexus.status !== 'Deleting' || nexus.volume === null) return;
    const volume = this.specs.get('VolumeSpec', nexus.volume);
    if (volume?.operation?.kind === 'Publish' && volume.operation.nexus === uuid) return;
    await this.destroyNexus(nexus).catch((error: unknown) =>
      this.logger.warn({ nexus: uuid, err: error }, 'nexus not destroyed yet'),
    );
  }

  // ------------------------------------------------------------ internals
  // (those not private are what the volume reconcilers in ../reconcilers build on)

  private async shutdownNexus(nexus: NexusSpec): Promise<void> {
    if (!this.registry.isOnline(nexus.node)) return;
    try {
      const response = await this.registry.client(nexus.node).shutdownNexus({ uuid: nexus.uuid });
      if (response.nexus) this.registry.changed(nexus.node, { nexus: response.nexus });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  /** Destroys a nexus on its node (when online) and deletes its spec; owners of its replicas are updated. */
  private async destroyNexus(nexus: NexusSpec): Promise<void> {
    await this.guard.run(NEXUS_GUARD, nexus.uuid, async () => {
      if (!this.specs.get('NexusSpec', nexus.uuid)) return;
      if (!this.registry.isOnline(nexus.node)) {
        throw Errors.unavailable(`node ${nexus.node} of nexus ${nexus.uuid} is not online`, {
          resource: 'Nexus',
          id: nexus.uuid,
        });
      }
      try {
        await this.registry.client(nexus.node).destroyNexus({ uuid: nexus.uuid });
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      this.registry.changed(nexus.node, { nexusRemoved: nexus.uuid });
      const changes: SpecChange[] = [{ kind: 'NexusSpec', id: nexus.uuid, value: null }];
      for (const replica of this.specs.list('ReplicaSpec')) {
        if (replica.owners.nexuses.includes(nexus.uuid)) {
          changes.push({
            kind: 'ReplicaSpec',
            id: replica.uuid,
            value: {
              ...replica,
              owners: { ...replica.owners, nexuses: replica.owners.nexuses.filter((n) => n !== nexus.uuid) },
            },
          });
        }
      }
      await this.specs.commitOrMarkDirty(changes);
    });
  }

  private requireReady(uuid: string): VolumeSpec {
    const volume = this.specs.get('VolumeSpec', uuid);
    if (!volume) throw this.notFound(uuid);
    if (volume.status === 'Deleting') throw this.deleting(uuid);
    if (!settled(volume)) {
      throw Errors.conflict(`volume ${uuid} has an unfinished operation; try again`, { resource: 'Volume', id: uuid });
    }
    return volume;
  }

  /**
   * The target node: the requested one when it is online and not cordoned, else the online,
   * uncordoned node with the fewest nexuses (a node holding a replica of the
   * volume first among equals).
   */
  private chooseTarget(volume: VolumeSpec, requested: string | undefined, avoid?: string): string {
    const usable = this.nodeCandidates().filter((n) => n.online && !n.cordoned && n.id !== avoid);
    if (requested !== undefined && usable.some((n) => n.id === requested)) return requested;
    const nexusCount = new Map<string, number>();
    for (const nexus of this.specs.list('NexusSpec')) nexusCount.set(nexus.node, (nexusCount.get(nexus.node) ?? 0) + 1);
    const local = new Set(this.replicasOf(volume.uuid).map((r) => r.node));
    const candidates = usable.sort(
      (a, b) =>
        (nexusCount.get(a.id) ?? 0) - (nexusCount.get(b.id) ?? 0) ||
        Number(local.has(b.id)) - Number(local.has(a.id)) ||
        (a.id < b.id ? -1 : 1),
    );
    const best = candidates[0];
    if (!best) {
      throw Errors.unavailable(`no online, uncordoned node can host the target of volume ${volume.uuid}`, {
        resource: 'Volume',
        id: volume.uuid,
      });
    }
    return best.id;
  }

  /**
   * Replicas known to be in sync, from the current target: its children that are
   * online, as its node reports them, or else the NexusInfo the io-engine keeps in
   * the store. Undefined when there is no target (no I/O has happened without one,
   * so every replica is in sync) or nothing is known.
   */
  private async healthyReplicas(volume: string, old: NexusSpec | undefined): Promise<Set<string> | undefined> {
    if (!old) return undefined;
    const state = this.registry.nexus(old.node, old.uuid);
    if (state) {
      return new Set(state.children.filter((c) => c.state === 'CHILD_STATE_ONLINE').map((c) => childReplica(c.uri)));
    }
    return (await this.nexusInfoHealthy(volume, old.uuid).catch(() => null)) ?? undefined;
  }

  /**
   * The replicas a nexus's NexusInfo (written by its io-engine in the store) marks
   * healthy; null when there is none (or it cannot be read as one). A store error is thrown.
   */
  async nexusInfoHealthy(volume: string, nexus: string): Promise<Set<string> | null> {
    const info = await this.store.get(this.keys.nexusInfo(volume, nexus));
    if (!info) return null;
    try {
      const parsed = JSON.parse(info.value) as { children?: { uuid: string; healthy: boolean }[] };
      return new Set((parsed.children ?? []).filter((c) => c.healthy).map((c) => c.uuid));
    } catch {
      return null;
    }
  }

  /** The nexus lists the replica as a child, and the replica the nexus as an owner. */
  withChild(nexus: string, replica: ReplicaSpec): SpecChange[] {
    const spec = this.specs.get('NexusSpec', nexus)!;
    const current = this.specs.get('ReplicaSpec', replica.uuid) ?? replica;
    return [
      { kind: 'NexusSpec', id: nexus, value: { ...spec, replicas: [...new Set([...spec.replicas, replica.uuid])] } },
      {
        kind: 'ReplicaSpec',
        id: replica.uuid,
        value: { ...current, owners: { ...current.owners, nexuses: [...new Set([...current.owners.nexuses, nexus])] } },
      },
    ];
  }

  /**
   * PublishNexus over NVMf, allowing exactly `hosts` (publishing again replaces them);
   * the nexus's new state goes into the cache. The device URI, when the engine answered
   * with the nexus.
   */
  async publishNexusOnEngine(node: string, nexus: string, hosts: readonly string[]): Promise<string | undefined> {
    const published = await this.registry
      .client(node)
      .publishNexus({ uuid: nexus, key: '', share: 'NVMF', allowed_hosts: [...hosts] });
    if (published.nexus) this.registry.changed(node, { nexus: published.nexus });
    return published.nexus?.device_uri;
  }

  /**
   * CreateNexus for a nexus spec on its node: its name, controller-id range and
   * reservation key (taking over from `preemptKey`), the children by URI, and the
   * store key of its NexusInfo. Its state goes into the cache.
   */
  async createNexusOnEngine(
    nexus: NexusSpec,
    size: number,
    children: readonly string[],
    preemptKey: number,
  ): Promise<void> {
    const created = await this.registry.client(nexus.node).createNexus({
      name: nexus.name,
      uuid: nexus.uuid,
      size,
      minCntlId: nexus.minCntlId,
      maxCntlId: nexus.maxCntlId,
      resvKey: nexus.reservationKey,
      preemptKey,
      children: [...children],
      nexusInfoKey: this.keys.nexusInfo(nexus.volume, nexus.uuid),
      resvType: 'ExclusiveAccess',
      preemptPolicy: 'Holder',
    });
    if (created.nexus) this.registry.changed(nexus.node, { nexus: created.nexus });
  }

  private nodeNqn(node: string): string {
    const nqn = this.registry.node(node)?.nodeNqn || this.specs.get('NodeSpec', node)?.nodeNqn;
    if (!nqn) throw Errors.unavailable(`node ${node} has not reported its host NQN`, { resource: 'Node', id: node });
    return nqn;
  }

  replicasOf(volume: string): ReplicaSpec[] {
    return this.specs.replicasOfVolume(volume);
  }

  nexusesOf(volume: string): NexusSpec[] {
    return this.specs.list('NexusSpec').filter((n) => n.volume === volume);
  }

  private groupReplicasByNode(group: string | null, except: string): Map<string, number> {
    const out = new Map<string, number>();
    if (group === null) return out;
    const members = new Set(
      this.specs
        .list('VolumeSpec')
        .filter((v) => v.affinityGroup === group && v.uuid !== except)
        .map((v) => v.uuid),
    );
    for (const member of members) {
      for (const replica of this.replicasOf(member)) out.set(replica.node, (out.get(replica.node) ?? 0) + 1);
    }
    return out;
  }

  private poolCandidates(): PoolCandidate[] {
    /** Replicas being created and not yet seen on their engine: their space is taken already. */
    const pending = new Map<string, { committed: number; used: number }>();
    for (const r of this.specs.creatingReplicas()) {
      if (!this.registry.replica(r.uuid)) {
        const p = pending.get(r.pool) ?? { committed: 0, used: 0 };
        pending.set(r.pool, { committed: p.committed + r.size, used: p.used + (r.thin ? 0 : r.size) });
      }
    }
    const out: PoolCandidate[] = [];
    for (const spec of this.specs.list('PoolSpec')) {
      if (spec.status !== 'Created') continue;
      const state = this.registry.pool(spec.id);
      if (!state || state.node !== spec.node) continue;
      out.push({
        id: spec.id,
        node: spec.node,
        status: state.status,
        capacity: state.capacity,
        used: state.used + (pending.get(spec.id)?.used ?? 0),
        committed: state.committed + (pending.get(spec.id)?.committed ?? 0),
        labels: spec.labels,
        replicas: this.specs.replicaCount(spec.id),
      });
    }
    return out;
  }

  private nodeCandidates(): NodeCandidate[] {
    return this.specs.list('NodeSpec').map((spec) => ({
      id: spec.id,
      online: this.registry.isOnline(spec.id),
      cordoned: spec.cordonLabels.length > 0 || (spec.drainLabels?.length ?? 0) > 0,
      labels: spec.labels,
    }));
  }

  private view(spec: VolumeSpec): VolumeView {
    return volumeView(spec, this.replicasOf(spec.uuid), this.specs, this.registry);
  }

  private notFound(uuid: string): DomainError {
    return Errors.notFound(`volume ${uuid} not found`, { resource: 'Volume', id: uuid });
  }

  private deleting(uuid: string): DomainError {
    return Errors.deleting(`volume ${uuid} is being deleted`, { resource: 'Volume', id: uuid });
  }
}
