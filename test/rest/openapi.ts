import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** An OpenAPI 3.0 document, as far as the comparison reads it. */
export interface OpenApiDoc {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, Schema> };
}
export interface OpenApiOperation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
export type Schema = Record<string, unknown>;

export const REFERENCE_PATH = resolve('../shared/reference/rest-v0-openapi.yaml');
const LOCAL_COPY = resolve('docs/reference/rest-v0-openapi.yaml');

/** The reference REST v0 document (the shared copy, else the one kept in docs/reference). */
export function loadReference(): OpenApiDoc {
  let text: string;
  try {
    text = readFileSync(REFERENCE_PATH, 'utf8');
  } catch {
    text = readFileSync(LOCAL_COPY, 'utf8');
  }
  return parse(text) as OpenApiDoc;
}

/** Operations of the reference whose capability is not built yet: answered 501 Unimplemented. */
export const UNIMPLEMENTED = new Set([
  'put_node_jsongrpc',
  'get_volume_snapshot',
  'put_volume_snapshot',
  'del_volume_snapshot',
  'get_volume_snapshots',
  'get_volumes_snapshot',
  'del_snapshot',
  'get_volumes_snapshots',
  'put_snapshot_volume',
  'get_watch_volume',
  'put_watch_volume',
  'del_watch_volume',
]);

export const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * A schema reduced to what a client depends on, with every `$ref` resolved and a
 * lone `allOf` unwrapped: type, format, enum, properties, required, items,
 * additionalProperties (when a schema), minimum, maximum and default.
 * Descriptions, examples and cross-property keywords (`oneOf` of required
 * sets, `minProperties`, `additionalProperties: false`) are not compared: the
 * decorators cannot express them, and they do not change the shape of a value.
 *
 * Known slips of the reference, and what is done about them:
 * - `required` names with no property (VolumeSpec: num_paths, protocol;
 *   RegisterAppNode: id) cannot be declared without a property: names outside
 *   `properties` are dropped from `required` on both sides (our responses still
 *   carry num_paths and protocol, so they validate against the reference).
 * - VolumeUsage.total_allocated_replicas is `{}` (any value): an empty schema
 *   matches whatever we declare.
 */
export function normalize(schema: unknown, doc: OpenApiDoc, seen: readonly string[] = []): unknown {
  if (schema === undefined || schema === null || typeof schema !== 'object') return schema;
  let s = schema as Schema;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/components/schemas/', '');
    if (seen.includes(name)) return { $recursive: name };
    return normalize(doc.components.schemas[name], doc, [...seen, name]);
  }
  if (Array.isArray(s.allOf) && s.allOf.length === 1) {
    const { allOf, ...rest } = s;
    s = { ...rest, ...((normalize(allOf[0], doc, seen) as Schema | undefined) ?? {}) };
  }
  const shaping = ['type', '$ref', 'allOf', 'oneOf', 'anyOf', 'properties', 'items', 'enum'];
  if (!shaping.some((k) => k in s)) return { $any: true };
  const out: Schema = {};
  for (const key of ['type', 'format', 'minimum', 'maximum', 'default'] as const) {
    if (s[key] !== undefined) out[key] = s[key];
  }
  if (Array.isArray(s.enum)) out.enum = [...(s.enum as string[])].sort();
  if (s.items !== undefined) out.items = normalize(s.items, doc, seen);
  if (s.additionalProperties !== undefined && typeof s.additionalProperties === 'object') {
    out.additionalProperties = normalize(s.additionalProperties, doc, seen);
  }
  if (s.properties && typeof s.properties === 'object') {
    const props = s.properties as Record<string, unknown>;
    out.properties = Object.fromEntries(
      Object.keys(props)
        .sort()
        .map((k) => [k, normalize(props[k], doc, seen)]),
    );
    const required = ((s.required as string[] | undefined) ?? []).filter((r) => r in props).sort();
    if (required.length > 0) out.required = required;
  }
  if (out.type === undefined && out.properties !== undefined) out.type = 'object';
  return out;
}

/** Every place two normalized schemas differ, as `path: ours vs reference` lines. */
export function diff(ours: unknown, ref: unknown, path: string): string[] {
  if (ref && typeof ref === 'object' && (ref as Schema).$any) return [];
  if (typeof ours !== 'object' || typeof ref !== 'object' || ours === null || ref === null) {
    return JSON.stringify(ours) === JSON.stringify(ref)
      ? []
      : [`${path}: ${JSON.stringify(ours)} vs ${JSON.stringify(ref)}`];
  }
  if (Array.isArray(ours) || Array.isArray(ref)) {
    return JSON.stringify(ours) === JSON.stringify(ref)
      ? []
      : [`${path}: ${JSON.stringify(ours)} vs ${JSON.stringify(ref)}`];
  }
  const a = ours as Schema;
  const b = ref as Schema;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((k) => {
    if (!(k in a)) return [`${path}.${k}: missing in ours (reference: ${JSON.stringify(b[k])})`];
    if (!(k in b)) return [`${path}.${k}: not in the reference (ours: ${JSON.stringify(a[k])})`];
    return diff(a[k], b[k], `${path}.${k}`);
  });
}

const jsonSchemaOf = (content: Record<string, { schema?: Schema }> | undefined): Schema | undefined =>
  content?.['application/json']?.schema;

/** Every difference between our document and the reference, over the implemented operations. */
export function compareDocuments(ours: OpenApiDoc, ref: OpenApiDoc): string[] {
  const problems: string[] = [];
  const refOps = new Set<string>();
  for (const [path, item] of Object.entries(ref.paths)) {
    for (const method of METHODS) {
      const refOp = item[method];
      if (!refOp) continue;
      const where = `${method.toUpperCase()} ${path}`;
      refOps.add(where);
      if (UNIMPLEMENTED.has(refOp.operationId ?? '')) {
        if (ours.paths[path]?.[method]) problems.push(`${where}: unimplemented, yet documented`);
        continue;
      }
      const op = ours.paths[path]?.[method];
      if (!op) {
        problems.push(`${where}: missing`);
        continue;
      }
      if (op.operationId !== refOp.operationId) {
        problems.push(`${where}: operationId ${op.operationId} vs ${refOp.operationId}`);
      }
      const params = (o: OpenApiOperation, doc: OpenApiDoc): Record<string, unknown> =>
        Object.fromEntries(
          (o.parameters ?? []).map((p) => [
            `${p.in}:${p.name}`,
            { required: p.required ?? false, schema: normalize(p.schema, doc) },
          ]),
        );
      problems.push(...diff(params(op, ours), params(refOp, ref), `${where} parameters`));
      const body = (o: OpenApiOperation, doc: OpenApiDoc): unknown =>
        o.requestBody
          ? { required: o.requestBody.required ?? false, schema: normalize(jsonSchemaOf(o.requestBody.content), doc) }
          : null;
      problems.push(...diff(body(op, ours), body(refOp, ref), `${where} requestBody`));
      const codes = (o: OpenApiOperation): string => Object.keys(o.responses).sort().join(',');
      if (codes(op) !== codes(refOp)) problems.push(`${where}: responses ${codes(op)} vs ${codes(refOp)}`);
      for (const code of Object.keys(refOp.responses).filter((c) => c.startsWith('2'))) {
        problems.push(
          ...diff(
            normalize(jsonSchemaOf(op.responses[code]?.content), ours),
            normalize(jsonSchemaOf(refOp.responses[code]?.content), ref),
            `${where} response ${code}`,
          ),
        );
      }
    }
  }
  for (const [path, item] of Object.entries(ours.paths)) {
    for (const method of METHODS) {
      if (item[method] && !refOps.has(`${method.toUpperCase()} ${path}`)) {
        problems.push(`${method.toUpperCase()} ${path}: not in the reference`);
      }
    }
  }
  return problems;
}
