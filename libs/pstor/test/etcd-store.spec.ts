import { EtcdServer } from '@mayastor/test-harness';
import { EtcdStore } from '@mayastor/pstor';
import { storeContract } from './store-contract.js';

storeContract('etcd', async () => {
  const server = await EtcdServer.start();
  return {
    newClient: async (options) => new EtcdStore({ endpoints: [server.endpoint], timeoutMs: options?.timeoutMs }),
    stopServer: () => server.stop(),
    startServer: () => server.start(),
    dispose: () => server.dispose(),
  };
});
