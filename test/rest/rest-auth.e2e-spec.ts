import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, RestApiProcess } from '@mayastor/test-harness';

/** GET over HTTPS trusting `ca` (the test's self-signed certificate). */
function httpsGet(
  url: string,
  ca: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Authentication: bearer JWTs signed RS256 and checked against a JWK file, on
 * HTTPS and plain HTTP at once. No core is running: a request that gets past
 * authentication answers 503 (core unavailable), one that does not gets 401.
 */
describe('REST authentication and HTTPS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rest-auth-'));
  let rest: RestApiProcess;
  let privateKey: CryptoKey;
  let httpsPort: number;
  let cert: string;

  const token = (key: CryptoKey, expiresIn = '10m'): Promise<string> =>
    new SignJWT({ sub: 'operator' })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(key);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    writeFileSync(join(dir, 'jwk.json'), JSON.stringify({ ...(await exportJWK(pair.publicKey)), alg: 'RS256' }));
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      extensions: [
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    });
    cert = pems.cert;
    writeFileSync(join(dir, 'cert.pem'), pems.cert);
    writeFileSync(join(dir, 'key.pem'), pems.private);
    httpsPort = await freePort();
    rest = await RestApiProcess.start(
      '127.0.0.1:1',
      {
        REST_JWK: join(dir, 'jwk.json'),
        REST_HTTPS_ENDPOINT: `127.0.0.1:${httpsPort}`,
        REST_TLS_CERT: join(dir, 'cert.pem'),
        REST_TLS_KEY: join(dir, 'key.pem'),
        CORE_TIMEOUT_MS: '500',
      },
      [],
    );
  }, 60_000);

  afterAll(async () => {
    await rest?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a missing, malformed, expired or foreign token with 401 and no data', async () => {
    const missing = await rest.call<{ kind: string }>('GET', '/volumes?max_entries=0');
    expect(missing.status).toBe(401);
    expect(missing.body.kind).toBe('Unauthenticated');
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    const garbage = await rest.call<{ kind: string }>('GET', '/nodes', undefined, {
      authorization: 'Bearer not.a.jwt',
    });
    expect(garbage.status).toBe(401);
    const expired = await rest.call('GET', '/nodes', undefined, {
      authorization: `Bearer ${await token(privateKey, '-1m')}`,
    });
    expect(expired.status).toBe(401);
    const other = await generateKeyPair('RS256');
    const foreign = await rest.call('GET', '/nodes', undefined, {
      authorization: `Bearer ${await token(other.privateKey)}`,
    });
    expect(foreign.status).toBe(401);
    // A token of another algorithm, even signed with the right key material, is not RS256.
    const hs = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('secret-secret-secret-secret-32b!'));
    expect((await rest.call('GET', '/nodes', undefined, { authorization: `Bearer ${hs}` })).status).toBe(401);
  });

  it('lets a good token through, over HTTP and HTTPS', async () => {
    const good = await token(privateKey);
    const viaHttp = await rest.call<{ kind: string }>('GET', '/nodes', undefined, { authorization: `Bearer ${good}` });
    expect(viaHttp.status).toBe(503);
    expect(viaHttp.body.kind).toBe('Unavailable');
    const viaHttps = await httpsGet(`https://127.0.0.1:${httpsPort}/v0/nodes`, cert, {
      authorization: `Bearer ${good}`,
    });
    expect(viaHttps.status).toBe(503);
    const noToken = await httpsGet(`https://127.0.0.1:${httpsPort}/v0/nodes`, cert);
    expect(noToken.status).toBe(401);
  });

  it('keeps health and the API document open', async () => {
    expect((await fetch(`${rest.url}/live`)).status).toBe(200);
    expect((await fetch(`${rest.url}/ready`)).status).toBe(503);
    expect((await fetch(`${rest.url}/v0/api/spec`)).status).toBe(200);
  });

  it('refuses to start without a JWK unless auth is off', async () => {
    await expect(RestApiProcess.start('127.0.0.1:1', {}, [])).rejects.toThrow(/REST_JWK/);
  });
});
