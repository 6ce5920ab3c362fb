import { Injectable, Logger } from '@nestjs/common';
import { DomainError, Errors } from '@mayastor/common';
import type { BlockDevice } from '@mayastor/io-engine';
import { OperationGuard } from '../operations/operation-guard.service.js';
import type { NodeView } from '../registry/node-state.js';
import { Registry, type Registration } from '../registry/registry.service.js';
import { SpecStore } from '../specs/spec-store.service.js';
import type { Labels, NodeSpec } from '../specs/spec.types.js';
import { mergeLabels, removeLabel, requireId, sameLabels } from '../specs/validate.js';
import { VolumesService } from '../volumes/volumes.service.js';

export interface NodeInfo {
  readonly id: string;
  readonly spec: NodeSpec | undefined;
  readonly state: NodeView | undefined;
  /** '' (no drain asked), 'Draining' (volume targets still on it) or 'Drained'. */
  readonly drainState: '' | 'Draining' | 'Drained';
}

const GUARD = 'Node';

/**
 * Nodes: automatic registration (an engine that registers gets a NodeSpec),
 * liveness from the registry, cordons and labels kept in the NodeSpec.
 */
@Injectable()
export class NodesService {
  private readonly logger = new Logger(NodesService.name);

  constructor(
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly guard: OperationGuard,
    private readonly volumes: VolumesService,
  ) {}

  /** Register (and every heartbeat): records the node and keeps its spec up to date. */
  async register(registration: Registration): Promise<void> {
    requireId('node id', registration.id);
    if (!registration.grpcEndpoint) {
      throw Errors.invalidArgument('grpc_endpoint is required', { field: 'grpc_endpoint' });
    }
    const spec = this.specs.get('NodeSpec', registration.id);
    const changed =
      !spec ||
      spec.grpcEndpoint !== registration.grpcEndpoint ||
      spec.nodeNqn !== registration.nodeNqn ||
      spec.version !== registration.version;
    if (changed) {
      try {
        await this.guard.run(GUARD, registration.id, async () => {
          const current = this.specs.get('NodeSpec', registration.id);
          await this.specs.commitOrMarkDirty([
            {
              kind: 'NodeSpec',
              id: registration.id,
              value: {
                id: registration.id,
                grpcEndpoint: registration.grpcEndpoint,
                labels: current?.labels ?? {},
                cordonLabels: current?.cordonLabels ?? [],
                drainLabels: current?.drainLabels ?? [],
                nodeNqn: registration.nodeNqn,
                version: registration.version,
              },
            },
          ]);
        });
      } catch (error) {
        // The node is still registered; its spec is written with a later heartbeat.
        if (!DomainError.is(error, 'FailedPersist')) {
          this.logger.warn({ node: registration.id, err: error }, 'node spec not updated at registration');
        }
      }
    }
    this.registry.register(registration);
  }

  deregister(id: string): void {
    this.registry.deregister(id);
  }

  list(): NodeInfo[] {
    const ids = new Set<string>();
    for (const spec of this.specs.list('NodeSpec')) ids.add(spec.id);
    for (const node of this.registry.listNodes()) ids.add(node.id);
    return [...ids].sort().map((id) => this.info(id));
  }

  get(id: string): NodeInfo {
    const info = this.info(id);
    if (!info.spec && !info.state) throw this.notFound(id);
    return info;
  }

  async cordon(id: string, label: string): Promise<NodeInfo> {
    requireId('cordon label', label);
    return this.update(id, (spec) =>
      spec.cordonLabels.includes(label) ? spec : { ...spec, cordonLabels: [...spec.cordonLabels, label] },
    );
  }

  /** Removes a cordon, or a drain, with this label. */
  async uncordon(id: string, label: string): Promise<NodeInfo> {
    return this.update(id, (spec) => {
      const drains = spec.drainLabels ?? [];
      if (!spec.cordonLabels.includes(label) && !drains.includes(label)) {
        throw Errors.notFound(`node '${id}' has no cordon or drain labelled '${label}'`, { resource: 'Node', id });
      }
      return {
        ...spec,
        cordonLabels: spec.cordonLabels.filter((l) => l !== label),
        drainLabels: drains.filter((l) => l !== label),
      };
    });
  }

  /**
   * Drains a node: it is cordoned by the drain label, and every volume target on
   * it is republished elsewhere (now, and by recovery until none is left). The
   * node reports Draining, then Drained.
   */
  async drain(id: string, label: string): Promise<NodeInfo> {
    requireId('drain label', label);
    await this.update(id, (spec) =>
      (spec.drainLabels ?? []).includes(label) ? spec : { ...spec, drainLabels: [...(spec.drainLabels ?? []), label] },
    );
    await this.volumes.drainTargets(id);
    return this.info(id);
  }

  async label(id: string, labels: Labels, overwrite: boolean): Promise<NodeInfo> {
    return this.update(id, (spec) => ({
      ...spec,
      labels: mergeLabels(`node '${id}'`, spec.labels, labels, overwrite),
    }));
  }

  async unlabel(id: string, key: string): Promise<NodeInfo> {
    return this.update(id, (spec) => ({ ...spec, labels: removeLabel(`node '${id}'`, spec.labels, key) }));
  }

  async blockDevices(id: string, all: boolean): Promise<BlockDevice[]> {
    if (!this.specs.get('NodeSpec', id) && !this.registry.node(id)) throw this.notFound(id);
    const response = await this.registry.client(id).listBlockDevices({ all });
    return response.devices;
  }

  private async update(id: string, change: (spec: NodeSpec) => NodeSpec): Promise<NodeInfo> {
    return this.guard.run(GUARD, id, async () => {
      const spec = this.specs.get('NodeSpec', id);
      if (!spec) throw this.notFound(id);
      const next = change(spec);
      const same =
        next === spec ||
        (sameLabels(next.labels, spec.labels) &&
          JSON.stringify(next.cordonLabels) === JSON.stringify(spec.cordonLabels) &&
          JSON.stringify(next.drainLabels ?? []) === JSON.stringify(spec.drainLabels ?? []));
      if (!same) await this.specs.commit([{ kind: 'NodeSpec', id, value: next }]);
      return this.info(id);
    });
  }

  private notFound(id: string): DomainError {
    return Errors.notFound(`node '${id}' not found`, { resource: 'Node', id });
  }

  private info(id: string): NodeInfo {
    const spec = this.specs.get('NodeSpec', id);
    const draining = (spec?.drainLabels?.length ?? 0) > 0;
    return {
      id,
      spec,
      state: this.registry.node(id),
      drainState: !draining ? '' : this.volumes.targetsOn(id) > 0 ? 'Draining' : 'Drained',
    };
  }
}
