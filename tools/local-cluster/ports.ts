import { once } from 'node:events';
import { createServer } from 'node:net';

/** True when a TCP socket can listen on `host:port` now. */
export async function canListen(port: number, host: string): Promise<boolean> {
  const server = createServer();
  try {
    server.listen({ port, host, exclusive: true });
    // Rejects when the server emits 'error' (EADDRINUSE, EADDRNOTAVAIL, ...).
    await once(server, 'listening');
  } catch {
    return false;
  }
  server.close();
  await once(server, 'close');
  return true;
}

/** A port the kernel hands out as free on `host`. */
export async function freePort(host: string): Promise<number> {
  const server = createServer();
  server.listen(0, host);
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Hands out ports: the preferred one when it is free on every given host, else a
 * free one, never the same port twice (two ports picked before either is bound
 * would otherwise collide).
 */
export class PortPicker {
  private readonly taken = new Set<number>();

  async pick(preferred: number, hosts: readonly string[]): Promise<{ port: number; preferred: boolean }> {
    if (await this.usable(preferred, hosts)) return this.take(preferred, true);
    for (let attempt = 0; attempt < 50; attempt++) {
      const port = await freePort(hosts[0] ?? '127.0.0.1');
      if (await this.usable(port, hosts)) return this.take(port, false);
    }
    throw new Error(`no free port on ${hosts.join(', ')}`);
  }

  private async usable(port: number, hosts: readonly string[]): Promise<boolean> {
    if (this.taken.has(port)) return false;
    for (const host of hosts) if (!(await canListen(port, host))) return false;
    return true;
  }

  private take(port: number, preferred: boolean): { port: number; preferred: boolean } {
    this.taken.add(port);
    return { port, preferred };
  }
}
