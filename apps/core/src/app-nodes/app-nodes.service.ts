import { Injectable, Logger } from '@nestjs/common';
import { Errors, type DomainError } from '@mayastor/common';
import { OperationGuard } from '../operations/operation-guard.service.js';
import { page, type Page, type PageRequest } from '../specs/page.js';
import { SpecStore } from '../specs/spec-store.service.js';
import type { AppNodeSpec, Labels } from '../specs/spec.types.js';
import { requireId, requireLabels } from '../specs/validate.js';

const GUARD = 'AppNode';

/**
 * App nodes: the nodes where applications run (CSI nodes), registered by their
 * agent so that volumes can be published to them. Each is an AppNodeSpec in the
 * store, written in one fenced transaction (no io-engine is involved).
 *
 * As in the original control plane, an app node is Online from its registration
 * until it deregisters: there is no app-node heartbeat yet, so nothing marks one
 * Offline.
 */
@Injectable()
export class AppNodesService {
  private readonly logger = new Logger(AppNodesService.name);

  constructor(
    private readonly specs: SpecStore,
    private readonly guard: OperationGuard,
  ) {}

  /** Records the app node; registering again updates its endpoint and labels. */
  async register(idIn: string, endpoint: string, labels: Labels): Promise<AppNodeSpec> {
    const id = requireId('app node id', idIn);
    if (!endpoint) throw Errors.invalidArgument('endpoint is required', { field: 'endpoint' });
    requireLabels(labels);
    return this.guard.run(GUARD, id, async () => {
      const before = this.specs.get('AppNodeSpec', id);
      const spec: AppNodeSpec = { id, endpoint, labels: { ...labels } };
      // A registration repeated unchanged writes nothing (the SpecStore skips it).
      await this.specs.commit([{ kind: 'AppNodeSpec', id, value: spec }]);
      if (!before) this.logger.log({ appNode: id, endpoint }, 'app node registered');
      return this.specs.get('AppNodeSpec', id)!;
    });
  }

  async deregister(idIn: string): Promise<void> {
    const id = requireId('app node id', idIn);
    await this.guard.run(GUARD, id, async () => {
      if (!this.specs.get('AppNodeSpec', id)) throw this.notFound(id);
      await this.specs.commit([{ kind: 'AppNodeSpec', id, value: null }]);
      this.logger.log({ appNode: id }, 'app node deregistered');
    });
  }

  get(idIn: string): AppNodeSpec {
    const id = requireId('app node id', idIn);
    const spec = this.specs.get('AppNodeSpec', id);
    if (!spec) throw this.notFound(id);
    return spec;
  }

  /** A page of the app nodes, ordered by id. */
  list(request: PageRequest): Page<AppNodeSpec> {
    const { entries, nextToken } = page(this.specs.ids('AppNodeSpec'), request);
    return { entries: entries.map((id) => this.specs.get('AppNodeSpec', id)!), nextToken };
  }

  private notFound(id: string): DomainError {
    return Errors.notFound(`app node ${id} not found`, { resource: 'AppNode', id });
  }
}
