import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createStore, type StoreConfig } from './create-store.js';
import { StoreKeys } from './keys.js';
import type { Store } from './store.js';

/** Injection token of the `Store`. */
export const STORE = Symbol('STORE');

export interface PstorModuleOptions extends StoreConfig {
  readonly clusterId: string;
  readonly namespace: string;
}

@Injectable()
class StoreCloser implements OnApplicationShutdown {
  constructor(@Inject(STORE) private readonly store: Store) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Provides the `Store` (token `STORE`) and `StoreKeys`; closes the store on shutdown. */
@Module({})
export class PstorModule {
  static forRoot(options: PstorModuleOptions): DynamicModule {
    return {
      module: PstorModule,
      providers: [
        { provide: STORE, useFactory: () => createStore(options) },
        { provide: StoreKeys, useValue: new StoreKeys(options.clusterId, options.namespace) },
        StoreCloser,
      ],
      exports: [STORE, StoreKeys],
    };
  }
}
