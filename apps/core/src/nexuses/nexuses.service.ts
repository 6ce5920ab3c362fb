import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, Errors } from '@mayastor/common';
import type { Child, Nexus } from '@mayastor/io-engine';
import { STORE, StoreKeys, type Store } from '@mayastor/pstor';
import { Failpoints } from '../operations/failpoints.service.js';
import { OperationGuard } from '../operations/operation-guard.service.js';
import { engineRefused, isNotFound } from '../operations/engine-errors.js';
import { Registry } from '../registry/registry.service.js';
import { SpecStore } from '../specs/spec-store.service.js';
import { markDeleting, settled, type NexusSpec } from '../specs/spec.types.js';
import { requireId, requireUuid, sameList } from '../specs/validate.js';
import { childReplica, localChildUri } from '../volumes/volume-view.js';

/** A nexus: its spec (absent for one found on an io-engine) and its state (absent while its node does not report it). */
export interface NexusView {
  readonly uuid: string;
  readonly node: string;
  readonly spec: NexusSpec | undefined;
  /** The spec's children by URI (see `childrenOf`). */
  readonly children: readonly string[];
  readonly state: Nexus | undefined;
}

export interface CreateNexus {
  readonly node: string;
  readonly uuid: string;
  readonly size: number;
  readonly children: readonly string[];
}

const GUARD = 'Nexus';
/**
 * NVMf settings of a standalone nexus: the whole controller-id range and reservation
 * key 1, as the original control plane gives a nexus that no volume owns.
 */
const MIN_CNTLID = 1;
const MAX_CNTLID = 0xffef;
const RESERVATION_KEY = 1;

/**
 * Standalone nexuses, made through the nexus API on a node from child URIs: create,
 * destroy, add and remove a child, share over NVMf and unshare. Every change writes
 * its intent into the NexusSpec first (Creating, Deleting, or the operation in
 * flight), then calls the io-engine, then completes the spec.
 *
 * A volume's target is listed here too, but is its volume's: changing it through
 * this API is refused (InUse). Nexuses found on an io-engine with no spec are listed
 * and can be destroyed.
 */
@Injectable()
export class NexusesService {
  private readonly logger = new Logger(NexusesService.name);

  constructor(
    private readonly specs: SpecStore,
    private readonly registry: Registry,
    private readonly guard: OperationGuard,
    private readonly failpoints: Failpoints,
    private readonly keys: StoreKeys,
    @Inject(STORE) private readonly store: Store,
  ) {}

  // ------------------------------------------------------------ reads

  get(uuidIn: string, node?: string): NexusView {
    const uuid = requireUuid('nexus uuid', uuidIn);
    const view = this.view(uuid);
    if (!view || (node !== undefined && view.node !== node)) throw this.notFound(uuid, node);
    return view;
  }

  list(node?: string): NexusView[] {
    const uuids = new Set<string>();
    for (const spec of this.specs.list('NexusSpec')) if (node === undefined || spec.node === node) uuids.add(spec.uuid);
    const reported = new Map(this.reported(node).map((found) => [found.nexus.uuid, found]));
    for (const uuid of reported.keys()) uuids.add(uuid);
    return [...uuids]
      .sort()
      .map((uuid) => this.view(uuid, reported))
      .filter((view): view is NexusView => view !== undefined);
  }

  /**
   * The children of a nexus spec by URI: a standalone nexus's as given; a volume
   * target's are its replicas, as the nexus uses them (the URI its node reports, else
   * `bdev:///` for a replica on the nexus's node or the replica's NVMf share). A
   * remote replica whose share is not known right now is left out.
   */
  childrenOf(spec: NexusSpec): string[] {
    if (spec.volume === null) return [...(spec.children ?? [])];
    const state = this.registry.nexus(spec.node, spec.uuid);
    return spec.replicas.flatMap((uuid) => {
      const used = state?.children.find((c) => childReplica(c.uri) === uuid);
      if (used) return [used.uri];
      const replica = this.specs.get('ReplicaSpec', uuid);
      if (!replica) return [];
      if (replica.node === spec.node) return [localChildUri(replica)];
      const shared = this.registry.replica(uuid);
      return shared?.share === 'nvmf' ? [shared.uri] : [];
    });
  }

  // ------------------------------------------------------------ create / destroy

  async create(request: CreateNexus): Promise<NexusView> {
    const uuid = requireUuid('nexus uuid', request.uuid);
    const node = requireId('node id', request.node);
    if (!Number.isSafeInteger(request.size) || request.size <= 0) {
      throw Errors.invalidArgument(`nexus size must be a positive number of bytes (got ${request.size})`, {
        field: 'size',
      });
    }
    if (request.children.length === 0) {
      throw Errors.invalidArgument('a nexus needs at least one child', { field: 'children' });
    }
    const children = request.children.map((uri) => requireChildUri(uri));
    if (new Set(children).size !== children.length) {
      throw Errors.invalidArgument('the children of a nexus must differ', { field: 'children' });
    }
    return this.guard.run(GUARD, uuid, async () => {
      const existing = this.specs.get('NexusSpec', uuid);
      if (existing) {
        const same =
          existing.volume === null &&
          existing.node === node &&
          existing.size === request.size &&
          sameList([...(existing.children ?? [])].sort(), [...children].sort());
        if (!same) {
          throw Errors.alreadyExists(
            `nexus ${uuid} already exists with other parameters (on node ${existing.node}${existing.volume ? `, target of volume ${existing.volume}` : ''})`,
            { resource: 'Nexus', id: uuid },
          );
        }
        if (settled(existing)) return this.view(uuid)!;
        if (existing.status === 'Deleting') throw this.deleting(uuid);
        throw Errors.conflict(`nexus ${uuid} is busy with an unfinished operation`, { resource: 'Nexus', id: uuid });
      }
      const found = this.reported().find((r) => r.nexus.uuid === uuid);
      if (found) {
        throw Errors.alreadyExists(`nexus ${uuid} already exists on node ${found.node} (not made through this API)`, {
          resource: 'Nexus',
          id: uuid,
        });
      }
      if (!this.specs.get('NodeSpec', node) && !this.registry.node(node)) {
        throw Errors.notFound(`node '${node}' not found`, { resource: 'Node', id: node });
      }
      // Unavailable unless the node is online: nothing is written.
      const client = this.registry.client(node);
      const intent: NexusSpec = {
        uuid,
        name: uuid,
        node,
        volume: null,
        size: request.size,
        replicas: [],
        children,
        share: 'none',
        allowedHosts: [],
        reservationKey: RESERVATION_KEY,
        minCntlId: MIN_CNTLID,
        maxCntlId: MAX_CNTLID,
        status: 'Creating',
        operation: { kind: 'Create', result: null },
      };
      await this.specs.commit([{ kind: 'NexusSpec', id: uuid, value: intent }]);
      this.failpoints.hit('nexus-create:after-intent');
      try {
        const created = await client.createNexus({
          name: uuid,
          uuid,
          size: request.size,
          minCntlId: MIN_CNTLID,
          maxCntlId: MAX_CNTLID,
          resvKey: RESERVATION_KEY,
          preemptKey: 0,
          children: [...children],
          nexusInfoKey: this.keys.nexusInfo(null, uuid),
          resvType: 'ExclusiveAccess',
          preemptPolicy: 'ArgKey',
        });
        if (created.nexus) this.registry.changed(node, { nexus: created.nexus });
      } catch (error) {
        await this.undoCreate(intent, error);
        throw error;
      }
      this.failpoints.hit('nexus-create:after-call');
      await this.specs.commitOrMarkDirty([
        { kind: 'NexusSpec', id: uuid, value: { ...intent, status: 'Created', operation: null } },
      ]);
      this.logger.log({ nexus: uuid, node, children }, 'nexus created');
      return this.view(uuid)!;
    });
  }

  /**
   * Destroys a nexus. A volume's target is refused (InUse). On an offline node the
   * destroy is recorded (spec Deleting) and finished when the node returns.
   */
  async destroy(uuidIn: string, node?: string): Promise<void> {
    const uuid = requireUuid('nexus uuid', uuidIn);
    this.refuseTarget(uuid, node, 'destroyed');
    await this.guard.run(GUARD, uuid, async () => {
      const spec = this.specs.get('NexusSpec', uuid);
      if (!spec) {
        // A nexus we never made (found on an io-engine): destroy it directly.
        const found = this.reported(node).find((r) => r.nexus.uuid === uuid);
        if (!found) throw this.notFound(uuid, node);
        await this.registry.client(found.node).destroyNexus({ uuid });
        this.registry.changed(found.node, { nexusRemoved: uuid });
        return;
      }
      if (node !== undefined && node !== spec.node) throw this.notFound(uuid, node);
      if (spec.status !== 'Deleting' || spec.operation?.result !== null) {
        await this.specs.commit([{ kind: 'NexusSpec', id: uuid, value: markDeleting(spec) }]);
      }
      this.failpoints.hit('nexus-destroy:after-intent');
      if (!this.registry.isOnline(spec.node)) {
        this.logger.log({ nexus: uuid, node: spec.node }, 'nexus destroy recorded; it finishes when the node returns');
        return;
      }
      try {
        await this.finishDestroy(uuid);
      } catch (error) {
        if (!engineRefused(error)) {
          this.logger.warn({ nexus: uuid, err: error }, 'nexus destroy recorded; recovery finishes it');
          return;
        }
        // The engine refused: the nexus is still there, as the spec had it.
        await this.specs.commitOrMarkDirty([{ kind: 'NexusSpec', id: uuid, value: spec }]);
        throw error;
      }
    });
  }

  // ------------------------------------------------------------ children

  /** Adds a child by URI (the nexus rebuilds it); answers the child as the engine reports it. */
  async addChild(uuidIn: string, node: string | undefined, uriIn: string): Promise<Child> {
    const uuid = requireUuid('nexus uuid', uuidIn);
    const uri = requireChildUri(uriIn);
    this.refuseTarget(uuid, node, 'changed');
    return this.guard.run(GUARD, uuid, async () => {
      const spec = this.requireStandalone(uuid, node);
      const present = this.registry.nexus(spec.node, uuid)?.children.find((c) => c.uri === uri);
      if (present && spec.children?.includes(uri)) return present;
      const client = this.registry.client(spec.node);
      const intent: NexusSpec = { ...spec, operation: { kind: 'AddChild', uri, result: null } };
      await this.specs.commit([{ kind: 'NexusSpec', id: uuid, value: intent }]);
      let nexus: Nexus | null;
      try {
        nexus = (await client.addChildNexus({ uuid, uri, norebuild: false })).nexus;
      } catch (error) {
        // The engine already has it (our cache had not seen it yet): done all the same.
        nexus = DomainError.is(error, 'AlreadyExists') ? await this.engineNexus(spec.node, uuid) : null;
        if (!nexus?.children.some((c) => c.uri === uri)) {
          await this.failedChildChange(intent, error);
          throw error;
        }
      }
      if (nexus) this.registry.changed(spec.node, { nexus });
      await this.specs.commitOrMarkDirty([
        {
          kind: 'NexusSpec',
          id: uuid,
          value: { ...intent, children: [...new Set([...(spec.children ?? []), uri])], operation: null },
        },
      ]);
      this.logger.log({ nexus: uuid, node: spec.node, child: uri }, 'nexus child added');
      const child = nexus?.children.find((c) => c.uri === uri);
      if (!child) {
        throw Errors.internal(`io-engine ${spec.node} did not report child ${uri} of nexus ${uuid}`, {
          resource: 'Nexus',
          id: uuid,
        });
      }
      return child;
    });
  }

  /** Removes a child by URI; NotFound when neither the spec nor the engine has it. */
  async removeChild(uuidIn: string, node: string | undefined, uri: string): Promise<void> {
    const uuid = requireUuid('nexus uuid', uuidIn);
    this.refuseTarget(uuid, node, 'changed');
    await this.guard.run(GUARD, uuid, async () => {
      const spec = this.requireStandalone(uuid, node);
      const state = this.registry.nexus(spec.node, uuid);
      const listed = spec.children?.includes(uri) ?? false;
      if (!listed && !state?.children.some((c) => c.uri === uri)) {
        throw Errors.notFound(`nexus ${uuid} has no child ${uri}`, { resource: 'Child', id: uri });
      }
      const client = this.registry.client(spec.node);
      const intent: NexusSpec = { ...spec, operation: { kind: 'RemoveChild', uri, result: null } };
      await this.specs.commit([{ kind: 'NexusSpec', id: uuid, value: intent }]);
      try {
        const { nexus } = await client.removeChildNexus({ uuid, uri });
        if (nexus) this.registry.changed(spec.node, { nexus });
      } catch (error) {
        // The engine no longer has that child: removed all the same.
        if (!isNotFound(error)) {
          await this.failedChildChange(intent, error);
          throw error;
        }
      }
      await this.specs.commitOrMarkDirty([
        {
          kind: 'NexusSpec',
          id: uuid,
          value: { ...intent, children: (spec.children ?? []).filter((c) => c !== uri), operation: null },
        },
      ]);
      this.logger.log({ nexus: uuid, node: spec.node, child: uri }, 'nexus child removed');
    });
  }

  // ------------------------------------------------------------ share / unshare

  /** Shares the nexus over NVMf to `allowedHosts` (any host when empty); answers its device URI. */
  async share(uuidIn: string, node: string | undefined, allowedHostsIn: readonly string[]): Promise<string> {
    const uuid = requireUuid('nexus uuid', uuidIn);
    const allowedHosts = [...new Set(allowedHostsIn)];
    this.refuseTarget(uuid, node, 'shared');
    return this.guard.run(GUARD, uuid, async () => {
      const spec = this.requireStandalone(uuid, node);
      const live = this.registry.nexus(spec.node, uuid);
      if (
        spec.operation === null &&
        spec.share === 'nvmf' &&
        sameList([...spec.allowedHosts].sort(), [...allowedHosts].sort()) &&
        live?.device_uri
      ) {
        return live.device_uri;
      }
      const client = this.registry.client(spec.node);
      const intent: NexusSpec = { ...spec, operation: { kind: 'Share', allowedHosts, result: null } };
      await this.specs.commit([{ kind: 'NexusSpec', id: uuid, value: intent }]);
      const nexus = await this.applyShare(intent, client, 'nvmf', allowedHosts);
      return nexus?.device_uri ?? '';
    });
  }

  async unshare(uuidIn: string, node?: string): Promise<void> {
    const uuid = requireUuid('nexus uuid', uuidIn);
    this.refuseTarget(uuid, node, 'unshared');
    await this.guard.run(GUARD, uuid, async () => {
      const spec = this.requireStandalone(uuid, node);
      const live = this.registry.nexus(spec.node, uuid);
      if (spec.operation === null && spec.share === 'none' && !live?.device_uri) return;
      const client = this.registry.client(spec.node);
      const intent: NexusSpec = { ...spec, operation: { kind: 'Unshare', result: null } };
      await this.specs.commit([{ kind: 'NexusSpec', id: uuid, value: intent }]);
      await this.applyShare(intent, client, 'none', []);
    });
  }

  // ------------------------------------------------------------ recovery

  /**
   * Finishes or undoes an incomplete operation of a standalone nexus: Creating
   * becomes Deleting, Deleting is destroyed once its node is online, an interrupted
   * share or unshare is applied again (both are idempotent on the io-engine), and an
   * interrupted add or remove of a child takes the children the engine reports.
   * Skips a nexus an operation holds right now. A volume's target is its volume's.
   */
  async recover(uuid: string): Promise<void> {
    await this.guard.tryRun(GUARD, uuid, async () => {
      let spec = this.specs.get('NexusSpec', uuid);
      if (!spec || spec.volume !== null || settled(spec)) return;
      if (spec.status === 'Creating') {
        this.logger.log({ nexus: uuid, node: spec.node }, 'incomplete nexus create: undoing it');
        spec = markDeleting(spec);
        await this.specs.commitOrMarkDirty([{ kind: 'NexusSpec', id: uuid, value: spec }]);
      }
      if (!this.registry.isOnline(spec.node) || !this.registry.fetched(spec.node)) return;
      const client = this.registry.client(spec.node);
      const operation = spec.operation;
      if (spec.status === 'Deleting') {
        await this.finishDestroy(uuid);
      } else if (operation?.kind === 'Share') {
        await this.applyShare(spec, client, 'nvmf', operation.allowedHosts);
      } else if (operation?.kind === 'Unshare') {
        await this.applyShare(spec, client, 'none', []);
      } else if (operation?.kind === 'AddChild' || operation?.kind === 'RemoveChild') {
        const nexus = await this.engineNexus(spec.node, uuid);
        if (nexus) this.registry.changed(spec.node, { nexus });
        const children = nexus ? nexus.children.map((c) => c.uri) : (spec.children ?? []);
        await this.specs.commitOrMarkDirty([
          { kind: 'NexusSpec', id: uuid, value: { ...spec, children, operation: null } },
        ]);
      }
    });
  }

  // ------------------------------------------------------------ internals

  private async applyShare(
    intent: NexusSpec,
    client: ReturnType<Registry['client']>,
    share: 'none' | 'nvmf',
    allowedHosts: readonly string[],
  ): Promise<Nexus | null> {
    let nexus: Nexus | null;
    try {
      nexus =
        share === 'nvmf'
          ? (await client.publishNexus({ uuid: intent.uuid, key: '', share: 'NVMF', allowed_hosts: [...allowedHosts] }))
              .nexus
          : (await client.unpublishNexus({ uuid: intent.uuid })).nexus;
    } catch (error) {
      if (engineRefused(error)) {
        // Nothing changed on the engine: the spec keeps what it had.
        await this.specs
          .commitOrMarkDirty([{ kind: 'NexusSpec', id: intent.uuid, value: { ...intent, operation: null } }])
          .catch(() => undefined);
      }
      // Otherwise the engine's share state is unknown: the operation stays in flight
      // and recovery applies it again.
      throw error;
    }
    if (nexus) this.registry.changed(intent.node, { nexus });
    await this.specs.commitOrMarkDirty([
      {
        kind: 'NexusSpec',
        id: intent.uuid,
        value: { ...intent, share, allowedHosts: [...allowedHosts], operation: null },
      },
    ]);
    this.logger.log({ nexus: intent.uuid, node: intent.node, share, allowedHosts }, 'nexus share changed');
    return nexus;
  }

  /**
   * After a failed add or remove of a child: a refusal drops the intent (nothing
   * changed); otherwise it stays in flight and recovery settles the children from
   * what the engine reports.
   */
  private async failedChildChange(intent: NexusSpec, error: unknown): Promise<void> {
    if (!engineRefused(error)) return;
    await this.specs
      .commitOrMarkDirty([{ kind: 'NexusSpec', id: intent.uuid, value: { ...intent, operation: null } }])
      .catch(() => undefined);
  }

  private async finishDestroy(uuid: string): Promise<void> {
    const spec = this.specs.get('NexusSpec', uuid)!;
    try {
      await this.registry.client(spec.node).destroyNexus({ uuid });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    this.failpoints.hit('nexus-destroy:after-call');
    this.registry.changed(spec.node, { nexusRemoved: uuid });
    await this.store.delete(this.keys.nexusInfo(null, uuid));
    await this.specs.commitOrMarkDirty([{ kind: 'NexusSpec', id: uuid, value: null }]);
    this.logger.log({ nexus: uuid, node: spec.node }, 'nexus destroyed');
  }

  /** After a failed CreateNexus: drop the spec if the engine refused, else undo whatever it may have done. */
  private async undoCreate(intent: NexusSpec, error: unknown): Promise<void> {
    try {
      if (engineRefused(error)) {
        await this.specs.commitOrMarkDirty([{ kind: 'NexusSpec', id: intent.uuid, value: null }]);
        return;
      }
      // Not destroyed here: a create that timed out may still land on the engine after
      // an immediate destroy found nothing. The nexus reconciler destroys it later.
      await this.specs.commitOrMarkDirty([{ kind: 'NexusSpec', id: intent.uuid, value: markDeleting(intent) }]);
    } catch (undoError) {
      this.logger.warn({ nexus: intent.uuid, err: undoError }, 'undo of a failed nexus create left for recovery');
    }
  }

  /** The nexus as its engine reports it now; null when the engine does not have it. */
  private async engineNexus(node: string, uuid: string): Promise<Nexus | null> {
    try {
      const { nexus_list } = await this.registry.client(node).listNexus({ uuid: { value: uuid } });
      return nexus_list.find((n) => n.uuid === uuid) ?? null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /** InUse when the nexus is a volume's target (its volume changes it, not this API). */
  private refuseTarget(uuid: string, node: string | undefined, what: string): void {
    const spec = this.specs.get('NexusSpec', uuid);
    if (!spec || spec.volume === null) return;
    if (node !== undefined && node !== spec.node) throw this.notFound(uuid, node);
    throw Errors.inUse(`nexus ${uuid} belongs to volume ${spec.volume}: it cannot be ${what} through the nexus API`, {
      resource: 'Nexus',
      id: uuid,
    });
  }

  /** The spec of a standalone nexus ready for an operation. */
  private requireStandalone(uuid: string, node: string | undefined): NexusSpec {
    const spec = this.specs.get('NexusSpec', uuid);
    if (!spec || (node !== undefined && node !== spec.node)) throw this.notFound(uuid, node);
    if (spec.status === 'Deleting') throw this.deleting(uuid);
    if (spec.status !== 'Created') {
      throw Errors.conflict(`nexus ${uuid} is still being created`, { resource: 'Nexus', id: uuid });
    }
    // An earlier change whose outcome is unknown is settled by recovery first: a new
    // intent written over it would forget what the engine may have done.
    if (spec.operation !== null && spec.operation.result === null) {
      throw Errors.conflict(`nexus ${uuid}: an earlier ${spec.operation.kind} is not settled yet; retry shortly`, {
        resource: 'Nexus',
        id: uuid,
      });
    }
    return spec;
  }

  /** Nexuses the online nodes report (of `node` only, when given). */
  private reported(node?: string): { node: string; nexus: Nexus }[] {
    const out: { node: string; nexus: Nexus }[] = [];
    for (const { id } of this.registry.listNodes()) {
      if ((node !== undefined && id !== node) || !this.registry.isOnline(id)) continue;
      for (const nexus of this.registry.listNexuses(id)) out.push({ node: id, nexus });
    }
    return out;
  }

  /** `reported`: the nexuses the nodes report, by uuid, when the caller has them already. */
  private view(uuid: string, reported?: ReadonlyMap<string, { node: string; nexus: Nexus }>): NexusView | undefined {
    const spec = this.specs.get('NexusSpec', uuid);
    if (spec) {
      return {
        uuid,
        node: spec.node,
        spec,
        children: this.childrenOf(spec),
        state: this.registry.nexus(spec.node, uuid),
      };
    }
    const found = reported ? reported.get(uuid) : this.reported().find((r) => r.nexus.uuid === uuid);
    return found ? { uuid, node: found.node, spec: undefined, children: [], state: found.nexus } : undefined;
  }

  private notFound(uuid: string, node?: string): DomainError {
    return Errors.notFound(`nexus ${uuid} not found${node !== undefined ? ` on node ${node}` : ''}`, {
      resource: 'Nexus',
      id: uuid,
    });
  }

  private deleting(uuid: string): DomainError {
    return Errors.deleting(`nexus ${uuid} is being deleted`, { resource: 'Nexus', id: uuid });
  }
}

/** A child URI with a scheme (bdev:///, nvmf://, malloc:///, aio:///, ...); what it names is the engine's to check. */
function requireChildUri(uri: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(uri);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^[a-z][a-z0-9+.-]*:$/i.test(parsed.protocol)) {
    throw Errors.invalidArgument(`child '${uri}' is not a URI`, { field: 'children' });
  }
  return uri;
}
