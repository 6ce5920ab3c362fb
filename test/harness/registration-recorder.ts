import { Server, ServerCredentials, status } from '@grpc/grpc-js';
import {
  loadIoEngineV1,
  type DeregisterRequest,
  type RegisterRequest,
  type RegistrationHandlers,
} from '@mayastor/io-engine';

export interface RecordedCall {
  readonly kind: 'register' | 'deregister';
  readonly at: number;
  readonly request: RegisterRequest | DeregisterRequest;
}

/**
 * A stand-in for core's `mayastor.v1.Registration` service that records what
 * engines send (the engines' peer in simulator tests; core serves the real one).
 */
export class RegistrationRecorder {
  readonly calls: RecordedCall[] = [];
  /** When set, every call is refused with ABORTED (a core that cannot process it). */
  refuse = false;
  private readonly server = new Server();
  private port = 0;

  get endpoint(): string {
    return `127.0.0.1:${this.port}`;
  }

  static async start(): Promise<RegistrationRecorder> {
    const recorder = new RegistrationRecorder();
    await recorder.listen();
    return recorder;
  }

  private async listen(): Promise<void> {
    const answer = (kind: RecordedCall['kind'], request: RecordedCall['request']) => {
      if (this.refuse) return { code: status.ABORTED, details: 'refused' };
      this.calls.push({ kind, at: Date.now(), request });
      return null;
    };
    const handlers: RegistrationHandlers = {
      Register: (call, callback) => callback(answer('register', call.request), {}),
      Deregister: (call, callback) => callback(answer('deregister', call.request), {}),
    };
    this.server.addService(loadIoEngineV1().Registration.service, handlers);
    this.port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
  }

  registrations(node?: string): RegisterRequest[] {
    return this.calls
      .filter((c) => c.kind === 'register')
      .map((c) => c.request as RegisterRequest)
      .filter((r) => node === undefined || r.id === node);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
  }
}
