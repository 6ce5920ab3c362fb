import { EmbeddedStore } from './embedded/embedded-store.js';
import { EtcdStore } from './etcd/etcd-store.js';
import type { Store } from './store.js';

export interface StoreConfig {
  /** etcd endpoints; when empty, the embedded store is used. */
  readonly endpoints: readonly string[];
  /** Data directory of the embedded store. */
  readonly dataDir: string;
  readonly timeoutMs?: number;
}

/** The store a config asks for: etcd when endpoints are given, else the embedded store. */
export async function createStore(config: StoreConfig): Promise<Store> {
  if (config.endpoints.length > 0) {
    return new EtcdStore({ endpoints: config.endpoints, timeoutMs: config.timeoutMs });
  }
  return EmbeddedStore.open({ dataDir: config.dataDir, timeoutMs: config.timeoutMs });
}
