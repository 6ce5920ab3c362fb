import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { canListen, freePort, PortPicker } from './ports.js';

describe('PortPicker', () => {
  it('hands out the preferred port when it is free, and never the same port twice', async () => {
    const preferred = await freePort('127.0.0.1');
    const picker = new PortPicker();
    expect(await picker.pick(preferred, ['127.0.0.1'])).toEqual({ port: preferred, preferred: true });
    const again = await picker.pick(preferred, ['127.0.0.1']);
    expect(again.preferred).toBe(false);
    expect(again.port).not.toBe(preferred);
  });

  it('replaces a port in use on any of the hosts by a free one', async () => {
    const server = createServer();
    server.listen(0, '127.0.0.2');
    await once(server, 'listening');
    const busy = (server.address() as { port: number }).port;
    try {
      expect(await canListen(busy, '127.0.0.2')).toBe(false);
      const picked = await new PortPicker().pick(busy, ['127.0.0.1', '127.0.0.2']);
      expect(picked.preferred).toBe(false);
      expect(picked.port).not.toBe(busy);
      expect(await canListen(picked.port, '127.0.0.2')).toBe(true);
    } finally {
      server.close();
    }
  });
});
