import { type status } from '@grpc/grpc-js';

export interface RpcFailure {
  readonly rpc: string;
  readonly code: status;
  readonly message: string;
  /** Calls left to fail; undefined = until cleared. */
  remaining: number | undefined;
  /** Carry the call out, then answer the failure (a reply lost after the work was done). */
  readonly afterCall: boolean;
}

/** The faults injected into one simulated engine (see docs/io-engine-sim.md). */
export class Faults {
  /** Added before every gRPC answer. */
  latencyMs = 0;
  private partitionedNow = false;
  private readonly failures = new Map<string, RpcFailure>();
  private healed: { promise: Promise<void>; resolve: () => void } | undefined;

  get partitioned(): boolean {
    return this.partitionedNow;
  }

  /** Stop (or resume) answering anything, without losing state. */
  setPartitioned(on: boolean): void {
    if (on === this.partitionedNow) return;
    this.partitionedNow = on;
    if (on) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.healed = { promise, resolve };
    } else {
      this.healed?.resolve();
      this.healed = undefined;
    }
  }

  /** Resolves when the partition heals. */
  whenHealed(): Promise<void> {
    return this.healed?.promise ?? Promise.resolve();
  }

  /** Makes calls of `rpc` (e.g. `CreateReplica`, or `*` for all) fail with `code`. */
  failRpc(rpc: string, code: status, message: string, count?: number, afterCall = false): RpcFailure {
    const failure: RpcFailure = { rpc, code, message, remaining: count, afterCall };
    this.failures.set(rpc, failure);
    return failure;
  }

  clearRpc(rpc?: string): void {
    if (rpc === undefined) this.failures.clear();
    else this.failures.delete(rpc);
  }

  /** The failure the next call of `rpc` must return, if any (counted down). */
  take(rpc: string): RpcFailure | undefined {
    const failure = this.failures.get(rpc) ?? this.failures.get('*');
    if (!failure) return undefined;
    if (failure.remaining !== undefined) {
      failure.remaining -= 1;
      if (failure.remaining <= 0) this.failures.delete(failure.rpc);
    }
    return failure;
  }

  list(): RpcFailure[] {
    return [...this.failures.values()].map((f) => ({ ...f }));
  }

  reset(): void {
    this.latencyMs = 0;
    this.clearRpc();
    this.setPartitioned(false);
  }
}
