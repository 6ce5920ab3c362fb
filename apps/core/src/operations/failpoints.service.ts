import { Injectable, Logger } from '@nestjs/common';
import { CoreConfig, type Failpoint } from '../core.config.js';

/**
 * Crash points for the crash tests: when CORE_FAILPOINTS names a point, the core
 * kills itself with SIGKILL on reaching it, as a power cut would, so a test can
 * stop an operation exactly between its intent write and its io-engine call, or
 * between the call and its completion. Unset in production.
 */
@Injectable()
export class Failpoints {
  private readonly logger = new Logger(Failpoints.name);
  private readonly armed: ReadonlySet<Failpoint>;

  constructor(config: CoreConfig) {
    this.armed = new Set(config.CORE_FAILPOINTS);
  }

  hit(point: Failpoint): void {
    if (!this.armed.has(point)) return;
    this.logger.warn({ failpoint: point }, 'failpoint reached: killing the core');
    // The log may be buffered and die with the process; a pipe write is synchronous on Linux.
    process.stderr.write(`failpoint reached: ${point}\n`);
    process.kill(process.pid, 'SIGKILL');
  }
}
