import { Injectable, Logger } from '@nestjs/common';
import { Errors, type DomainError } from '@mayastor/common';
import { Failpoints } from '../operations/failpoints.service.js';
import { OperationGuard } from '../operations/operation-guard.service.js';
import { engineRefused, isNotFound } from '../operations/engine-errors.js';
import { poolStateOf, type PoolState } from '../registry/node-state.js';
import { Registry } from '../registry/registry.service.js';
import { SpecStore } from '../specs/spec-store.service.js';
import { markDeleting, settled, type Labels, type PoolSpec } from '../specs/spec.types.js';
import { mergeLabels, removeLabel, requireId, requireLabels, sameLabels, sameList } from '../specs/validate.js';

export interface PoolView {
  readonly id: string;
  readonly spec: PoolSpec | undefined;
  readonly state: PoolState | undefined;
}

export interface CreatePool {
  readonly node: string;
  readonly id: string;
  readonly disks: readonly string[];
  readonly labels: Labels;
}

const GUARD = 'Pool';

/**
 * Pools: create on a node with one disk, destroy (refused while replicas exist),
 * labels. Every change writes its intent into the PoolSpec first (Creating or
 * Deleting, operation pending), then calls the io-engine, then completes the spec.
 */
@Injectable()
export class PoolsService {
  private readonly logger = new Logger(PoolsService.name);

  constructor(
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly guard: OperationGuard,
    private readonly failpoints: Failpoints,
  ) {}

  get(id: string): PoolView {
    const view = this.view(id);
    if (!view.spec && !view.state) throw Errors.notFound(`pool '${id}' not found`, { resource: 'Pool', id });
    return view;
  }

  list(node?: string): PoolView[] {
    const ids = new Set<string>();
    for (const spec of this.specs.list('PoolSpec')) if (node === undefined || spec.node === node) ids.add(spec.id);
    for (const state of this.registry.listPools(node)) ids.add(state.id);
    return [...ids].sort().map((id) => this.view(id));
  }

  async create(request: CreatePool): Promise<PoolView> {
    const id = requireId('pool id', request.id);
    const node = requireId('node id', request.node);
    if (request.disks.length !== 1 || !request.disks[0]) {
      throw Errors.invalidArgument(`a pool takes exactly one disk (got ${request.disks.length})`, { field: 'disks' });
    }
    const labels = requireLabels(request.labels);
    return this.guard.run(GUARD, id, async () => {
      const existing = this.specs.get('PoolSpec', id);
      if (existing) {
        const same =
          existing.node === node && sameList(existing.disks, request.disks) && sameLabels(existing.labels, labels);
        if (!same) {
          throw Errors.alreadyExists(`pool '${id}' already exists with other parameters (on node ${existing.node})`, {
            resource: 'Pool',
            id,
          });
        }
        if (existing.status === 'Created') return this.view(id);
        if (existing.status === 'Deleting') throw this.deleting(id);
        throw Errors.conflict(`pool '${id}' is still being created`, { resource: 'Pool', id });
      }
      if (!this.specs.get('NodeSpec', node) && !this.registry.node(node)) {
        throw Errors.notFound(`node '${node}' not found`, { resource: 'Node', id: node });
      }
      const disk = request.disks[0]!;
      const claimed = this.specs.list('PoolSpec').find((p) => p.node === node && p.disks.includes(disk));
      if (claimed) {
        throw Errors.alreadyExists(`disk '${disk}' of node ${node} is already used by pool '${claimed.id}'`, {
          resource: 'Pool',
          id,
        });
      }
      const client = this.registry.client(node);
      const intent: PoolSpec = {
        id,
        node,
        disks: [...request.disks],
        labels,
        status: 'Creating',
        operation: { kind: 'Create', result: null },
      };
      await this.specs.commit([{ kind: 'PoolSpec', id, value: intent }]);
      this.failpoints.hit('pool-create:after-intent');
      let created: PoolState;
      try {
        created = poolStateOf(node, await client.createPool({ name: id, disks: [...request.disks], pooltype: 'Lvs' }));
      } catch (error) {
        await this.undoCreate(intent, error);
        throw error;
      }
      this.failpoints.hit('pool-create:after-call');
      this.registry.changed(node, { pool: created });
      await this.specs.commitOrMarkDirty([
        { kind: 'PoolSpec', id, value: { ...intent, status: 'Created', operation: null } },
      ]);
      this.logger.log({ pool: id, node }, 'pool created');
      return this.view(id);
    });
  }

  /**
   * Destroys a pool. Refused (InUse) while replicas live on it. On an offline node
   * the destroy is recorded (spec Deleting) and finished when the node returns.
   */
  async destroy(id: string, node?: string): Promise<void> {
    await this.guard.run(GUARD, id, async () => {
      const spec = this.specs.get('PoolSpec', id);
      const state = this.registry.pool(id);
      const where = spec?.node ?? state?.node;
      if (where === undefined || (node !== undefined && node !== where)) {
        throw Errors.notFound(`pool '${id}' not found${node ? ` on node ${node}` : ''}`, { resource: 'Pool', id });
      }
      const replicas =
        this.specs.list('ReplicaSpec').filter((r) => r.pool === id).length +
        this.registry.listReplicas({ node: where, pool: id }).filter((r) => !this.specs.get('ReplicaSpec', r.uuid))
          .length;
      if (replicas > 0) {
        throw Errors.inUse(`pool '${id}' still holds ${replicas} replica(s); destroy them first`, {
          resource: 'Pool',
          id,
        });
      }
      if (!spec) {
        // A pool we never created (found on an io-engine): destroy it directly.
        await this.registry.client(where).destroyPool({ name: id });
        this.registry.changed(where, { poolRemoved: id });
        return;
      }
      if (spec.status !== 'Deleting' || spec.operation?.result !== null) {
        await this.specs.commit([
          {
            kind: 'PoolSpec',
            id,
            value: markDeleting(spec),
          },
        ]);
      }
      this.failpoints.hit('pool-destroy:after-intent');
      if (!this.registry.isOnline(where)) {
        this.logger.log({ pool: id, node: where }, 'pool destroy recorded; it finishes when the node returns');
        return;
      }
      try {
        await this.finishDestroy(id, where);
      } catch (error) {
        if (!engineRefused(error)) {
          this.logger.warn({ pool: id, err: error }, 'pool destroy recorded; recovery finishes it');
          return;
        }
        // The engine refused: the pool is still there, as the spec had it.
        await this.specs.commitOrMarkDirty([{ kind: 'PoolSpec', id, value: spec }]);
        throw error;
      }
    });
  }

  async label(id: string, labels: Labels, overwrite: boolean): Promise<PoolView> {
    return this.guard.run(GUARD, id, async () => {
      const spec = this.requireSpec(id);
      const next = mergeLabels(`pool '${id}'`, spec.labels, labels, overwrite);
      if (!sameLabels(next, spec.labels)) {
        await this.specs.commit([{ kind: 'PoolSpec', id, value: { ...spec, labels: next } }]);
      }
      return this.view(id);
    });
  }

  async unlabel(id: string, key: string): Promise<PoolView> {
    return this.guard.run(GUARD, id, async () => {
      const spec = this.requireSpec(id);
      const next = removeLabel(`pool '${id}'`, spec.labels, key);
      await this.specs.commit([{ kind: 'PoolSpec', id, value: { ...spec, labels: next } }]);
      return this.view(id);
    });
  }

  /**
   * Finishes or undoes an incomplete operation of a pool: a pool stuck in Creating
   * becomes Deleting, and a Deleting pool is destroyed once its node is online.
   * Skips a pool an operation holds right now.
   */
  async recover(id: string): Promise<void> {
    await this.guard.tryRun(GUARD, id, async () => {
      let spec = this.specs.get('PoolSpec', id);
      if (!spec || settled(spec)) return;
      if (spec.status === 'Creating') {
        this.logger.log({ pool: id, node: spec.node }, 'incomplete pool create: undoing it');
        spec = markDeleting(spec);
        await this.specs.commitOrMarkDirty([{ kind: 'PoolSpec', id, value: spec }]);
      }
      if (spec.status === 'Deleting' && this.registry.isOnline(spec.node)) {
        await this.finishDestroy(id, spec.node);
      }
    });
  }

  private async finishDestroy(id: string, node: string): Promise<void> {
    try {
      await this.registry.client(node).destroyPool({ name: id });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    this.failpoints.hit('pool-destroy:after-call');
    this.registry.changed(node, { poolRemoved: id });
    await this.specs.commitOrMarkDirty([{ kind: 'PoolSpec', id, value: null }]);
    this.logger.log({ pool: id, node }, 'pool destroyed');
  }

  /** After a failed CreatePool: drop the spec if the engine refused, else undo whatever it may have done. */
  private async undoCreate(intent: PoolSpec, error: unknown): Promise<void> {
    try {
      if (engineRefused(error)) {
        await this.specs.commitOrMarkDirty([{ kind: 'PoolSpec', id: intent.id, value: null }]);
        return;
      }
      await this.specs.commitOrMarkDirty([
        {
          kind: 'PoolSpec',
          id: intent.id,
          value: markDeleting(intent),
        },
      ]);
      if (this.registry.isOnline(intent.node)) await this.finishDestroy(intent.id, intent.node);
    } catch (undoError) {
      this.logger.warn({ pool: intent.id, err: undoError }, 'undo of a failed pool create left for recovery');
    }
  }

  private requireSpec(id: string): PoolSpec {
    const spec = this.specs.get('PoolSpec', id);
    if (!spec) throw Errors.notFound(`pool '${id}' not found`, { resource: 'Pool', id });
    if (spec.status === 'Deleting') throw this.deleting(id);
    return spec;
  }

  private deleting(id: string): DomainError {
    return Errors.deleting(`pool '${id}' is being deleted`, { resource: 'Pool', id });
  }

  private view(id: string): PoolView {
    return { id, spec: this.specs.get('PoolSpec', id), state: this.registry.pool(id) };
  }
}
