import type { Pool__Output, Replica__Output } from '@mayastor/core-api';
import { Errors } from '@mayastor/common';
import type { CoreClient } from '../core-client.js';

/** The pool, which must be on `node` (NotFound otherwise, as for an unknown pool). */
export async function poolOnNode(core: CoreClient, id: string, node: string): Promise<Pool__Output> {
  const pool = await core.pools.getPool({ id });
  if ((pool.spec?.node ?? pool.state?.node) !== node) {
    throw Errors.notFound(`pool ${id} not found on node ${node}`, { resource: 'Pool', id });
  }
  return pool;
}

/** The replica, which must be on `pool` (and `node`, when given); NotFound otherwise. */
export async function replicaOn(core: CoreClient, uuid: string, pool: string, node?: string): Promise<Replica__Output> {
  const replica = await core.replicas.getReplica({ uuid });
  const at = {
    node: replica.spec?.node ?? replica.state?.node ?? '',
    pool: replica.spec?.pool ?? replica.state?.pool ?? '',
  };
  if (at.pool !== pool || (node !== undefined && at.node !== node)) {
    throw Errors.notFound(`replica ${uuid} not found on pool ${pool}${node ? ` of node ${node}` : ''}`, {
      resource: 'Replica',
      id: uuid,
    });
  }
  return replica;
}
