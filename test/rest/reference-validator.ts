import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { loadReference, METHODS, type OpenApiDoc } from './openapi.js';

/**
 * Validates real REST responses against the reference document's response
 * schemas (JSON Schema draft of OpenAPI 3.0, checked by ajv): a body our API
 * sends must be one the reference allows, whatever our own document says.
 */
export class ReferenceValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly byOperation = new Map<string, { path: string; method: string; doc: OpenApiDoc }>();
  private readonly compiled = new Map<string, ValidateFunction>();
  /** operationIds whose responses were validated, for coverage checks. */
  readonly validated = new Set<string>();

  constructor(private readonly reference: OpenApiDoc = loadReference()) {
    addFormats.default(this.ajv);
    for (const f of ['int32', 'int64', 'uint8', 'uint64', 'url']) this.ajv.addFormat(f, true);
    this.ajv.addSchema({ $id: 'ref', components: this.reference.components }, 'ref');
    for (const [path, item] of Object.entries(reference.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (op?.operationId) this.byOperation.set(op.operationId, { path, method, doc: reference });
      }
    }
  }

  /** Errors of `body` against the reference schema of `operationId`'s `status` response ([] when valid). */
  check(operationId: string, status: number, body: unknown): string[] {
    const found = this.byOperation.get(operationId);
    if (!found) return [`no operation ${operationId} in the reference`];
    const op = this.reference.paths[found.path]![found.method]!;
    const code = String(status);
    const range = `${code[0]}XX`;
    const response = op.responses[code] ?? op.responses[range] ?? (status >= 500 ? op.responses['5XX'] : undefined);
    if (!response) return [`${operationId}: status ${status} is not a documented response`];
    const content = (response as { $ref?: string; content?: Record<string, { schema?: unknown }> }).$ref
      ? { 'application/json': { schema: { $ref: 'ref#/components/schemas/RestJsonError' } } }
      : response.content;
    const schema = content?.['application/json']?.schema;
    if (!schema)
      return body === '' || body === undefined ? [] : [`${operationId} ${status}: a body where none is documented`];
    const key = `${operationId} ${code}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"ref#/components/')) as object;
      validate = this.ajv.compile(rewritten);
      this.compiled.set(key, validate);
    }
    this.validated.add(operationId);
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${operationId} ${status} ${e.instancePath} ${e.message}`);
  }
}
