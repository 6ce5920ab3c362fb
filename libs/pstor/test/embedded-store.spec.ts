import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEngine, EmbeddedStore } from '@mayastor/pstor';
import { storeContract } from './store-contract.js';

storeContract('embedded', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'embedded-store-'));
  let engine = await EmbeddedEngine.open({ dataDir });
  return {
    newClient: async (options) => new EmbeddedStore({ dataDir, timeoutMs: options?.timeoutMs }),
    stopServer: () => engine.stop(),
    startServer: async () => {
      engine = await EmbeddedEngine.open({ dataDir });
    },
    dispose: async () => {
      await engine.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});
