import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

/**
 * A stand-in for NVMe-oF/TCP between simulated engines. Each engine listens on
 * `<ip>:8420` (its one NVMf listener) and exports subsystems there: shared
 * replicas and published nexuses, each under its NQN with its allowed hosts. A
 * nexus child on another engine is a connection to that listener, kept alive as
 * an NVMe controller is: it fails with an I/O error when the target goes away and
 * times out when the target stops answering (a partition).
 *
 * Wire format: one JSON object per line.
 *   host -> target  {"op":"connect","subnqn":"...","hostnqn":"..."}
 *   target -> host  {"ok":true,"uuid":"...","size":N,"block_size":512} | {"ok":false,"error":"..."}
 *   host -> target  {"op":"ka"}            target -> host {"op":"ka"}
 *   target -> host  {"event":"nospc"} | {"event":"space"} | {"event":"resize","size":N}
 */

export interface Subsystem {
  readonly nqn: string;
  readonly kind: 'replica' | 'nexus';
  readonly uuid: string;
  size: number;
  readonly blockSize: number;
  allowedHosts: readonly string[];
}

export interface HostConnectedEvent {
  readonly hostNqn: string;
  readonly subsystem: Subsystem;
}

interface Line {
  readonly op?: string;
  readonly subnqn?: string;
  readonly hostnqn?: string;
  readonly ok?: boolean;
  readonly error?: string;
  readonly uuid?: string;
  readonly size?: number;
  readonly block_size?: number;
  readonly event?: string;
}

function parseLine(text: string): Line | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function send(socket: Socket, line: Line): void {
  if (!socket.destroyed) socket.write(`${JSON.stringify(line)}\n`);
}

/** Allowed when the list is empty (any host) or names the host. */
export function hostAllowed(allowedHosts: readonly string[], hostNqn: string): boolean {
  return allowedHosts.length === 0 || allowedHosts.includes(hostNqn);
}

/** The NVMf listener of one engine. */
export class FabricTarget {
  private server: Server | undefined;
  private readonly subsystems = new Map<string, Subsystem>();
  private readonly sockets = new Map<Socket, { hostNqn: string; nqn: string } | undefined>();

  constructor(
    readonly host: string,
    readonly port: number,
    private readonly hooks: {
      connected?: (event: HostConnectedEvent) => void;
      disconnected?: (event: HostConnectedEvent) => void;
      /** Whether the engine is partitioned: then it answers nothing. */
      deaf?: () => boolean;
    } = {},
  ) {}

  async start(): Promise<void> {
    const server = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, this.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
  }

  /** Closes the listener and drops every connection (hosts see an I/O error). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets.keys()) socket.destroy();
    this.sockets.clear();
    this.subsystems.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  add(subsystem: Subsystem): void {
    this.subsystems.set(subsystem.nqn, subsystem);
  }

  get(nqn: string): Subsystem | undefined {
    return this.subsystems.get(nqn);
  }

  /** Replaces the allowed hosts; hosts no longer allowed are disconnected. */
  setAllowedHosts(nqn: string, allowedHosts: readonly string[]): void {
    const subsystem = this.subsystems.get(nqn);
    if (!subsystem) return;
    subsystem.allowedHosts = [...allowedHosts];
    for (const [socket, session] of this.sockets) {
      if (session?.nqn === nqn && !hostAllowed(allowedHosts, session.hostNqn)) socket.destroy();
    }
  }

  /** Removes a subsystem; its hosts see an I/O error. */
  remove(nqn: string): void {
    this.subsystems.delete(nqn);
    for (const [socket, session] of this.sockets) if (session?.nqn === nqn) socket.destroy();
  }

  /** Tells the hosts of a subsystem that writes now fail (or succeed again) for lack of space. */
  notifySpace(nqn: string, noSpace: boolean): void {
    for (const [socket, session] of this.sockets) {
      if (session?.nqn === nqn) send(socket, { event: noSpace ? 'nospc' : 'space' });
    }
  }

  /** The namespace grew (a replica resize): hosts see the new size, as with an NVMe namespace-change notice. */
  notifyResize(nqn: string, size: number): void {
    const subsystem = this.subsystems.get(nqn);
    if (subsystem) subsystem.size = size;
    for (const [socket, session] of this.sockets) {
      if (session?.nqn === nqn) send(socket, { event: 'resize', size });
    }
  }

  /** Host NQNs connected to a subsystem. */
  hostsOf(nqn: string): string[] {
    return [...this.sockets.values()].filter((s) => s?.nqn === nqn).map((s) => s?.hostNqn ?? '');
  }

  private accept(socket: Socket): void {
    this.sockets.set(socket, undefined);
    socket.setNoDelay(true);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const session = this.sockets.get(socket);
      this.sockets.delete(socket);
      const subsystem = session && this.subsystems.get(session.nqn);
      if (session && subsystem) this.hooks.disconnected?.({ hostNqn: session.hostNqn, subsystem });
    });
    const lines = createInterface({ input: socket });
    lines.on('line', (text) => {
      if (this.hooks.deaf?.()) return;
      const line = parseLine(text);
      if (!line) return;
      if (line.op === 'ka') return send(socket, { op: 'ka' });
      if (line.op !== 'connect') return;
      const subsystem = this.subsystems.get(line.subnqn ?? '');
      const hostNqn = line.hostnqn ?? '';
      if (!subsystem) {
        send(socket, { ok: false, error: `subsystem ${line.subnqn} not found` });
        return void socket.end();
      }
      if (!hostAllowed(subsystem.allowedHosts, hostNqn)) {
        send(socket, { ok: false, error: `host ${hostNqn} is not allowed to access ${subsystem.nqn}` });
        return void socket.end();
      }
      this.sockets.set(socket, { hostNqn, nqn: subsystem.nqn });
      send(socket, { ok: true, uuid: subsystem.uuid, size: subsystem.size, block_size: subsystem.blockSize });
      this.hooks.connected?.({ hostNqn, subsystem });
    });
  }
}

export type ConnectionLoss = 'io' | 'timeout';

export interface FabricTimings {
  /** Connect timeout. Defaults to 1 s. */
  readonly connectTimeoutMs: number;
  /** Keep-alive period. Defaults to 1 s. */
  readonly keepAliveMs: number;
  /** A controller with no keep-alive answer for this long has timed out. Defaults to 3 s. */
  readonly keepAliveTimeoutMs: number;
}

export const DEFAULT_FABRIC_TIMINGS: FabricTimings = {
  connectTimeoutMs: 1000,
  keepAliveMs: 1000,
  keepAliveTimeoutMs: 3000,
};

/** A host's connection (an NVMe controller) to a subsystem on some engine. */
export class FabricConnection {
  private lostHandler: ((reason: ConnectionLoss) => void) | undefined;
  private spaceHandler: ((noSpace: boolean) => void) | undefined;
  private closed = false;
  private lastAnswer = Date.now();
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly socket: Socket,
    readonly uuid: string,
    /** Follows the target's resize notices. */
    public size: number,
    readonly blockSize: number,
    private readonly timings: FabricTimings,
    private readonly deaf: () => boolean,
  ) {}

  /**
   * Connects to `subnqn` at `host:port` as `hostNqn`. Rejects with a message when
   * the target is unreachable, does not export the subsystem or refuses the host.
   * `deaf` says whether the connecting engine is partitioned (it hears nothing).
   */
  static connect(
    target: { host: string; port: number; subnqn: string; hostNqn: string },
    timings: FabricTimings = DEFAULT_FABRIC_TIMINGS,
    deaf: () => boolean = () => false,
  ): Promise<FabricConnection> {
    return new Promise((resolve, reject) => {
      const socket = createConnection({ host: target.host, port: target.port });
      socket.setNoDelay(true);
      let settled = false;
      const fail = (message: string): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timeout);
        socket.destroy();
        reject(new Error(message));
      };
      const timeout = setTimeout(
        () => fail(`connect to ${target.host}:${target.port} timed out`),
        timings.connectTimeoutMs,
      );
      socket.on('error', (error) => fail(`connect to ${target.host}:${target.port} failed: ${error.message}`));
      socket.on('close', () => fail(`connection to ${target.host}:${target.port} closed`));
      socket.once('connect', () => send(socket, { op: 'connect', subnqn: target.subnqn, hostnqn: target.hostNqn }));
      const lines = createInterface({ input: socket });
      lines.once('line', (text) => {
        const line = parseLine(text);
        if (!line?.ok) return fail(line?.error ?? 'malformed answer from the target');
        if (settled || deaf()) return fail('no answer from the target');
        settled = true;
        clearTimeout(timeout);
        socket.removeAllListeners('close');
        socket.removeAllListeners('error');
        const connection = new FabricConnection(
          socket,
          line.uuid ?? '',
          line.size ?? 0,
          line.block_size ?? 512,
          timings,
          deaf,
        );
        connection.run(lines);
        resolve(connection);
      });
    });
  }

  /** Called once, when the connection is lost (not when closed by us). */
  onLost(handler: (reason: ConnectionLoss) => void): void {
    this.lostHandler = handler;
  }

  onSpace(handler: (noSpace: boolean) => void): void {
    this.spaceHandler = handler;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.socket.destroy();
  }

  private run(lines: ReturnType<typeof createInterface>): void {
    lines.on('line', (text) => {
      if (this.deaf()) return;
      const line = parseLine(text);
      this.lastAnswer = Date.now();
      if (line?.event === 'nospc' || line?.event === 'space') this.spaceHandler?.(line.event === 'nospc');
      if (line?.event === 'resize' && typeof line.size === 'number') this.size = line.size;
    });
    this.socket.on('error', () => undefined);
    this.socket.on('close', () => this.lose('io'));
    this.timer = setInterval(() => {
      if (Date.now() - this.lastAnswer > this.timings.keepAliveTimeoutMs) return this.lose('timeout');
      send(this.socket, { op: 'ka' });
    }, this.timings.keepAliveMs);
    this.timer.unref();
  }

  private lose(reason: ConnectionLoss): void {
    if (this.closed) return;
    this.close();
    this.lostHandler?.(reason);
  }
}
