import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@mayastor/common';
import { done, merge, requeueAfter, type ReconcileResult } from '@mayastor/reconciler';
import { NotConverged } from './not-converged.js';
import type { Child, Nexus } from '@mayastor/io-engine';
import { CoreConfig } from '../core.config.js';
import { OperationGuard } from '../operations/operation-guard.service.js';
import { Registry } from '../registry/registry.service.js';
import { ReplicasService } from '../replicas/replicas.service.js';
import { SpecStore } from '../specs/spec-store.service.js';
import {
  markDisowned,
  settled,
  type NexusSpec,
  type ReplicaSpec,
  type SpecChange,
  type VolumeSpec,
} from '../specs/spec.types.js';
import { childReplica } from '../volumes/volume-view.js';
import { VolumesService } from '../volumes/volumes.service.js';

/** Look again this soon when waiting on something that moves by itself (a fetch, a rebuild). */
export const SOON_MS = 1000;
const VOLUME_GUARD = 'Volume';
/** Longest a target re-creation waits for the pool of a healthy replica to be imported. */
const IMPORT_WAIT_MS = 30_000;

const rebuilding = (c: Child): boolean =>
  c.state === 'CHILD_STATE_DEGRADED' && c.state_reason === 'CHILD_STATE_REASON_OUT_OF_SYNC';

/**
 * What the volume and nexus reconcilers do to a published volume, under its
 * operation guard (a busy volume is skipped and looked at again soon):
 *
 * - `recreateTarget` (ReCreate): the target's node lost the nexus (an io-engine
 *   restart): make it again from the children known healthy (the NexusInfo the
 *   engine kept in the store), share it again to the same hosts; fix the share
 *   and allowed hosts of a nexus that has drifted.
 * - `heal` (self-heal): a faulted child is waited for while its engine keeps an
 *   I/O log (then onlined, a partial rebuild), otherwise removed and its replica
 *   collected; replicas of the volume that are not children are added (rebuilt);
 *   a missing replica is placed by the scheduler, created and added; replicas
 *   beyond the count that the nexus does not use are collected.
 */
@Injectable()
export class VolumeHealer {
  private readonly logger = new Logger(VolumeHealer.name);

  /** Volumes whose target re-creation waits for a pool to come back: since when. */
  private readonly waitingSince = new Map<string, number>();

  constructor(
    private readonly config: CoreConfig,
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly guard: OperationGuard,
    private readonly volumes: VolumesService,
    private readonly replicas: ReplicasService,
  ) {}

  async recreateTarget(uuid: string): Promise<ReconcileResult> {
    return (await this.guard.tryRun(VOLUME_GUARD, uuid, () => this.recreateLocked(uuid))) ?? requeueAfter(SOON_MS);
  }

  async heal(uuid: string): Promise<ReconcileResult> {
    // A target its node lost is the nexus reconciler's to re-create: look again soon,
    // without taking the guard it needs.
    const found = this.target(uuid);
    if (!('kind' in found) && !this.registry.nexus(found.nexus.node, found.nexus.uuid)) return requeueAfter(SOON_MS);
    return (await this.guard.tryRun(VOLUME_GUARD, uuid, () => this.healLocked(uuid))) ?? requeueAfter(SOON_MS);
  }

  /** The volume's target nexus spec, when the volume is settled and published on an online node. */
  private target(uuid: string): { volume: VolumeSpec; nexus: NexusSpec } | ReconcileResult {
    const volume = this.specs.get('VolumeSpec', uuid);
    if (!volume || !settled(volume) || !volume.target) return done();
    const nexus = this.specs.get('NexusSpec', volume.target.nexus);
    if (!nexus || nexus.status !== 'Created') return done();
    // A target node that is away: nothing to do here until it returns (its online event brings us back).
    if (!this.registry.isOnline(nexus.node)) return done();
    if (!this.registry.fetched(nexus.node)) return requeueAfter(SOON_MS);
    return { volume, nexus };
  }

  private async recreateLocked(uuid: string): Promise<ReconcileResult> {
    const found = this.target(uuid);
    if ('kind' in found) return found;
    const { volume, nexus } = found;
    const target = volume.target!;
    const state = this.registry.nexus(nexus.node, nexus.uuid);
    if (state) return this.fixShare(volume, nexus, state);

    const replicas = this.volumes.replicasOf(uuid).filter((r) => r.status === 'Created');
    // A replica whose node is up but whose pool is not back yet (being imported) is
    // worth a short wait: left out now, it would need a full rebuild.
    const pending = replicas.filter(
      (r) => this.registry.isOnline(r.node) && (!this.registry.fetched(r.node) || !this.registry.pool(r.pool)),
    );
    if (pending.length > 0 && this.waitedMs(uuid) < IMPORT_WAIT_MS) return requeueAfter(SOON_MS / 4);
    this.waitingSince.delete(uuid);
    // Only children the engine recorded as in sync may open as such: without its record,
    // nothing is known, and a stale replica must not serve reads.
    const healthy = await this.volumes.nexusInfoHealthy(uuid, nexus.uuid);
    if (!healthy) {
      throw new NotConverged(`volume ${uuid}: target lost and no NexusInfo says which replicas are in sync`);
    }
    const reachable = replicas.filter((r) => this.registry.isOnline(r.node) && this.registry.replica(r.uuid));
    const children = reachable.filter((r) => healthy.has(r.uuid));
    if (children.length === 0) {
      throw new NotConverged(`volume ${uuid}: target lost; no healthy replica reachable yet`);
    }
    const uris: string[] = [];
    for (const replica of children) uris.push(await this.volumes.childUri(replica, nexus.node));
    await this.volumes.createNexusOnEngine(nexus, volume.size, uris, 0);
    const uri =
      target.uri === ''
        ? ''
        : ((await this.volumes.publishNexusOnEngine(nexus.node, nexus.uuid, nexus.allowedHosts)) ?? '');
    const kept = new Set(children.map((r) => r.uuid));
    await this.specs.commitOrMarkDirty([
      ...this.volumes.sharedTo(
        children.filter((r) => r.node !== nexus.node),
        nexus.node,
      ),
      { kind: 'NexusSpec', id: nexus.uuid, value: { ...nexus, replicas: [...kept] } },
      { kind: 'VolumeSpec', id: uuid, value: { ...volume, target: { ...target, uri } } },
    ]);
    this.logger.log(
      { volume: uuid, node: nexus.node, nexus: nexus.uuid, children: [...kept] },
      'volume target re-created after its node lost it',
    );
    return done(true);
  }

  /** How long the volume has been waiting for a pool import (a wait older than twice the limit is a new one). */
  private waitedMs(volume: string): number {
    const now = Date.now();
    const since = this.waitingSince.get(volume);
    if (since === undefined || now - since > 2 * IMPORT_WAIT_MS) {
      this.waitingSince.set(volume, now);
      return 0;
    }
    return now - since;
  }

  /** A nexus that should be shared to exactly its allowed hosts, and is not. */
  private async fixShare(volume: VolumeSpec, nexus: NexusSpec, state: Nexus): Promise<ReconcileResult> {
    if (volume.target!.uri === '') return done();
    const sameHosts =
      JSON.stringify([...state.allowed_hosts].sort()) === JSON.stringify([...nexus.allowedHosts].sort());
    if (state.device_uri !== '' && sameHosts) return done();
    const uri =
      (await this.volumes.publishNexusOnEngine(nexus.node, nexus.uuid, nexus.allowedHosts)) ?? volume.target!.uri;
    if (uri !== volume.target!.uri) {
      await this.specs.commitOrMarkDirty([
        { kind: 'VolumeSpec', id: volume.uuid, value: { ...volume, target: { ...volume.target!, uri } } },
      ]);
    }
    this.logger.log({ volume: volume.uuid, nexus: nexus.uuid }, 'target share and allowed hosts put back');
    return done(true);
  }

  private async healLocked(uuid: string): Promise<ReconcileResult> {
    const found = this.target(uuid);
    if ('kind' in found) return found;
    const { volume, nexus } = found;
    let state = this.registry.nexus(nexus.node, nexus.uuid);
    if (!state) return requeueAfter(SOON_MS);
    if (!volume.policy.selfHeal) return done();
    let result = done();

    // 1. Faulted children: wait for one with an I/O log, else replace it. One child's
    // failure does not stop the others, nor the steps below; it is thrown at the end.
    const failures: unknown[] = [];
    const anyOnline = state.children.some((c) => c.state === 'CHILD_STATE_ONLINE');
    for (const child of state.children) {
      if (child.state !== 'CHILD_STATE_FAULTED') continue;
      const replica = this.specs.get('ReplicaSpec', childReplica(child.uri));
      const faultedAt = child.fault_timestamp ? Number(child.fault_timestamp.seconds) * 1000 : Date.now();
      const waitLeft = faultedAt + this.config.FAULTED_CHILD_WAIT_MS - Date.now();
      if (child.has_io_log && replica && waitLeft > 0) {
        if (this.registry.isOnline(replica.node) && this.registry.replica(replica.uuid)) {
          if (this.rebuildLimitReached()) {
            result = merge(result, requeueAfter(SOON_MS));
            continue;
          }
          try {
            await this.onlineChild(nexus, replica, child);
            result = merge(result, done(true));
          } catch (error) {
            failures.push(error);
          }
        } else {
          result = merge(result, requeueAfter(Math.min(waitLeft, SOON_MS * 2)));
        }
        continue;
      }
      // Never drop a copy while no other child is in sync: it may hold the newest data.
      if (!anyOnline) continue;
      try {
        if (await this.dropChild(volume, nexus, child, replica)) result = merge(result, done(true));
      } catch (error) {
        failures.push(error);
      }
    }

    // 2. Replicas of the volume the nexus does not have as children: add them (rebuilt).
    state = this.registry.nexus(nexus.node, nexus.uuid) ?? state;
    const children = new Set(state.children.map((c) => childReplica(c.uri)));
    for (const replica of this.volumes.replicasOf(uuid)) {
      if (replica.status !== 'Created' || children.has(replica.uuid)) continue;
      if (!this.registry.isOnline(replica.node) || !this.registry.replica(replica.uuid)) continue;
      if (this.rebuildLimitReached()) {
        result = merge(result, requeueAfter(SOON_MS));
        break;
      }
      const current = this.specs.get('NexusSpec', nexus.uuid)!;
      await this.volumes.addChild(current, replica);
      await this.specs.commitOrMarkDirty(this.volumes.withChild(nexus.uuid, replica));
      this.logger.log({ volume: uuid, replica: replica.uuid }, 'replica added back to its nexus for a rebuild');
      result = merge(result, done(true));
    }

    // 3. The replica count: replace what was dropped; collect what the nexus does not use beyond it.
    const live = this.volumes.replicasOf(uuid).filter((r) => r.status !== 'Deleting');
    if (live.length < volume.numReplicas) {
      if (this.rebuildLimitReached()) return merge(result, requeueAfter(SOON_MS));
      const current = this.specs.get('VolumeSpec', uuid)!;
      await this.volumes.addReplicas(current, volume.numReplicas - live.length, volume.numReplicas);
      this.logger.log({ volume: uuid, replicas: volume.numReplicas }, 'replacement replica placed and rebuilding');
      result = merge(result, done(true));
    } else if (live.length > volume.numReplicas) {
      if (await this.disownUnused(volume, nexus, live.length - volume.numReplicas)) result = merge(result, done(true));
    }

    // 4. Follow rebuilds to their end (the volume is Degraded until then).
    const after = this.registry.nexus(nexus.node, nexus.uuid) ?? state;
    if (after.children.some(rebuilding)) result = merge(result, requeueAfter(SOON_MS * 2));
    if (failures.length > 0) throw failures[0];
    return result;
  }

  private async onlineChild(nexus: NexusSpec, replica: ReplicaSpec, child: Child): Promise<void> {
    // The replica's engine may have restarted: its share comes back with its pool, but make sure.
    await this.volumes.childUri(replica, nexus.node);
    const response = await this.registry
      .client(nexus.node)
      .childOperation({ nexus_uuid: nexus.uuid, uri: child.uri, action: 'Online' });
    if (response.nexus) this.registry.changed(nexus.node, { nexus: response.nexus });
    this.logger.log(
      { volume: nexus.volume, replica: replica.uuid, child: child.uri },
      'faulted child back within its wait: onlined for a partial rebuild',
    );
  }

  /** Removes a faulted child from the nexus and collects its replica (now, or when its node returns). */
  private async dropChild(
    volume: VolumeSpec,
    nexus: NexusSpec,
    child: Child,
    replica: ReplicaSpec | undefined,
  ): Promise<boolean> {
    try {
      const response = await this.registry.client(nexus.node).removeChildNexus({ uuid: nexus.uuid, uri: child.uri });
      if (response.nexus) this.registry.changed(nexus.node, { nexus: response.nexus });
    } catch (error) {
      // The last child standing is not removed: the volume is Faulted and waits for it.
      if (DomainError.is(error) && error.kind === 'FailedPrecondition') return false;
      throw error;
    }
    const current = this.specs.get('NexusSpec', nexus.uuid)!;
    const changes: SpecChange[] = [
      {
        kind: 'NexusSpec',
        id: nexus.uuid,
        value: { ...current, replicas: current.replicas.filter((id) => id !== replica?.uuid) },
      },
    ];
    if (replica && replica.owners.volume === volume.uuid) {
      changes.push({ kind: 'ReplicaSpec', id: replica.uuid, value: markDisowned(replica) });
    }
    await this.specs.commitOrMarkDirty(changes);
    this.logger.warn(
      { volume: volume.uuid, child: child.uri, reason: child.state_reason, ioLog: child.has_io_log },
      'faulted child removed; its replica will be replaced',
    );
    if (replica) await this.replicas.recover(replica.uuid).catch(() => undefined);
    return true;
  }

  /** Collects replicas beyond the count that the nexus does not use (disown unused). */
  private async disownUnused(volume: VolumeSpec, nexus: NexusSpec, extra: number): Promise<boolean> {
    const state = this.registry.nexus(nexus.node, nexus.uuid);
    if (!state) return false;
    // Every child counts as used, a faulted one too (it may be waited for).
    const used = new Set(state.children.map((c) => childReplica(c.uri)));
    const unused = this.volumes
      .replicasOf(volume.uuid)
      .filter((r) => r.status === 'Created' && !used.has(r.uuid))
      .slice(0, extra);
    if (unused.length === 0) return false;
    await this.specs.commitOrMarkDirty(
      unused.map((r): SpecChange => ({
        kind: 'ReplicaSpec',
        id: r.uuid,
        value: markDisowned(r),
      })),
    );
    for (const r of unused) await this.replicas.recover(r.uuid).catch(() => undefined);
    this.logger.log(
      { volume: volume.uuid, replicas: unused.map((r) => r.uuid) },
      'unused replicas beyond the count collected',
    );
    return true;
  }

  /**
   * MAX_REBUILDS (0: no limit) against the rebuilds in the cache: the answer of every
   * child we add or online goes into it at once, so rebuilds just started count.
   */
  private rebuildLimitReached(): boolean {
    if (this.config.MAX_REBUILDS === 0) return false;
    let running = 0;
    for (const node of this.registry.listNodes()) {
      for (const nexus of this.registry.listNexuses(node.id)) running += nexus.children.filter(rebuilding).length;
    }
    return running >= this.config.MAX_REBUILDS;
  }
}
