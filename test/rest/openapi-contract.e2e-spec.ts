import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RestApiProcess } from '@mayastor/test-harness';
import { compareDocuments, loadReference, METHODS, UNIMPLEMENTED, type OpenApiDoc } from './openapi.js';

/**
 * Our OpenAPI document, generated from the decorators and served at
 * /v0/api/spec, against the reference REST v0 document: every implemented
 * operation must have the same path, method, operationId, parameters, request
 * body and response schemas (see openapi.ts for what is compared).
 */
describe('REST v0 OpenAPI contract', () => {
  let rest: RestApiProcess;
  let ours: OpenApiDoc;
  const reference = loadReference();

  beforeAll(async () => {
    // The document needs no core: REST serves it on its own.
    rest = await RestApiProcess.start('127.0.0.1:1');
    const res = await fetch(`${rest.url}/v0/api/spec`);
    expect(res.status).toBe(200);
    ours = (await res.json()) as OpenApiDoc;
  });

  afterAll(async () => {
    await rest?.stop();
  });

  it('matches the reference for every implemented operation', () => {
    expect(compareDocuments(ours, reference)).toEqual([]);
  });

  it('implements every operation of the reference but snapshots, watches and jsongrpc', () => {
    const implemented = Object.values(ours.paths).flatMap((item) =>
      METHODS.flatMap((m) => (item[m]?.operationId ? [item[m].operationId] : [])),
    );
    const all = Object.values(reference.paths).flatMap((item) =>
      METHODS.flatMap((m) => (item[m]?.operationId ? [item[m].operationId] : [])),
    );
    expect(implemented.length).toBe(all.length - UNIMPLEMENTED.size);
    expect(all.filter((id) => !implemented.includes(id)).sort()).toEqual([...UNIMPLEMENTED].sort());
  });

  it('the comparison catches a changed schema, parameter and response', () => {
    const broken = structuredClone(ours);
    const schemas = broken.components.schemas as Record<string, { properties: Record<string, unknown> }>;
    delete schemas.Volume!.properties.state;
    broken.paths['/volumes']!.get!.parameters = [];
    delete broken.paths['/pools/{pool_id}']!.delete!.responses['204'];
    const problems = compareDocuments(broken, reference);
    expect(problems.some((p) => p.includes('GET /volumes/{volume_id} response 200.properties.state'))).toBe(true);
    expect(problems.some((p) => p.includes('GET /volumes parameters.query:max_entries'))).toBe(true);
    expect(problems.some((p) => p.startsWith('DELETE /pools/{pool_id}: responses'))).toBe(true);
  });

  it('serves Swagger UI', async () => {
    const res = await fetch(`${rest.url}/v0/swagger-ui`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('swagger-ui');
  });
});
