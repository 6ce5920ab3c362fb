import { credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import type { IoEngineV1, RegisterRequest__Input, RegistrationClient } from '@mayastor/io-engine';

/** Deadline of each Register/Deregister call, as on the engine. */
const CALL_DEADLINE_MS = 5000;

export interface RegistrarLogger {
  warn(fields: object, message: string): void;
}

/** `https://core:50051` -> `core:50051`: the engine's `-R` scheme is cosmetic (never TLS). */
export function grpcTarget(endpoint: string): string {
  return endpoint.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}

/**
 * Registers the engine with the control plane at start-up and again on every
 * heartbeat, always with the complete message; a failed call is simply retried
 * on the next tick.
 */
export class Registrar {
  private readonly client: RegistrationClient;
  private timer: NodeJS.Timeout | undefined;
  private failing = false;

  constructor(
    v1: IoEngineV1,
    readonly endpoint: string,
    private readonly heartbeatMs: number,
    private readonly request: () => RegisterRequest__Input,
    private readonly reachable: () => boolean,
    private readonly logger: RegistrarLogger,
  ) {
    this.client = new v1.Registration(grpcTarget(endpoint), credentials.createInsecure());
  }

  start(): void {
    this.beat();
    this.timer = setInterval(() => this.beat(), this.heartbeatMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Closes the channel without deregistering (a crash). */
  close(): void {
    this.stop();
    this.client.close();
  }

  private beat(): void {
    if (!this.reachable()) return;
    const request = this.request();
    this.client.Register(request, new Metadata(), { deadline: Date.now() + CALL_DEADLINE_MS }, (error) => {
      if (error && !this.failing) {
        this.logger.warn({ node: request.id, endpoint: this.endpoint, err: error.message }, 'registration failed');
      }
      this.failing = Boolean(error);
    });
  }

  /** Deregisters (a graceful stop) and closes the channel. */
  async deregister(): Promise<void> {
    const id = this.request().id ?? '';
    await new Promise<void>((resolve) => {
      this.client.Deregister(
        { id },
        new Metadata(),
        { deadline: Date.now() + CALL_DEADLINE_MS },
        (error?: ServiceError | null) => {
          if (error)
            this.logger.warn({ node: id, endpoint: this.endpoint, err: error.message }, 'deregistration failed');
          resolve();
        },
      );
    });
    this.client.close();
  }
}
