import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CoreApiClient } from '@mayastor/core-api';
import { RestConfig } from './rest.config.js';

/**
 * REST's only way to the cluster: the core agent's gRPC API. REST keeps no state
 * of its own, so any number of REST instances can serve the same core.
 */
@Injectable()
export class CoreClient extends CoreApiClient implements OnApplicationShutdown {
  constructor(config: RestConfig) {
    super({ endpoint: config.CORE_ENDPOINT, timeoutMs: config.CORE_TIMEOUT_MS });
  }

  onApplicationShutdown(): void {
    this.close();
  }
}
