import { applyDecorators, Header, HttpCode, Param, type PipeTransform } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
} from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger';
import { DomainError } from '@mayastor/common';
import { RestJsonErrorDto } from '../dto/common.dto.js';

/** A path parameter that must be a UUID (else 400 InvalidArgument). */
export const UuidParam = (name: string): ParameterDecorator => Param(name, new UuidPipe(name));

/** Any 8-4-4-4-12 hex uuid, whatever its version digit, as the core and the original accept. */
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}
  transform(value: string): string {
    if (!UUID.test(value)) {
      throw new DomainError('InvalidArgument', `invalid request: ${this.name} must be a UUID`, {
        [this.name]: 'not a UUID',
      });
    }
    return value;
  }
}

interface OperationOptions {
  /** The reference's operationId. */
  readonly id: string;
  /** 200 body (a DTO class, or `[DTO]` for an array, or `String`); none: 204. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- swagger takes a class
  readonly ok?: Function | [Function];
  /** Path parameters to document beyond their names: `{ volume_id: 'uuid' }` (format) or `{ protocol: [...] }` (enum). */
  readonly params?: Record<string, string | { enum: readonly string[]; enumName: string } | { schema: SchemaObject }>;
  /** The reference documents no 5XX for a few operations (app nodes). */
  readonly serverErrors?: false;
  readonly summary?: string;
}

/**
 * What every REST v0 operation declares: its operationId, JWT security, its
 * success response (200 with a body, or 204), and the reference's 4XX/5XX
 * RestJsonError responses.
 */
export function RestOperation(options: OperationOptions): MethodDecorator {
  const params = Object.entries(options.params ?? {}).map(([name, spec]) =>
    typeof spec === 'string'
      ? ApiParam({ name, required: true, schema: { type: 'string', format: spec } })
      : 'schema' in spec
        ? ApiParam({ name, required: true, schema: spec.schema })
        : ApiParam({ name, required: true, enum: [...spec.enum], enumName: spec.enumName }),
  );
  const ok =
    options.ok === undefined
      ? [HttpCode(204), ApiNoContentResponse({ description: 'No Content' })]
      : [
          HttpCode(200),
          // A string body is sent JSON-encoded, as the reference's `application/json` string schema says.
          ...(options.ok === String ? [Header('Content-Type', 'application/json')] : []),
          Array.isArray(options.ok)
            ? ApiOkResponse({ description: 'OK', type: options.ok[0], isArray: true })
            : ApiOkResponse({ description: 'OK', type: options.ok }),
        ];
  return applyDecorators(
    ApiOperation({ operationId: options.id, ...(options.summary ? { summary: options.summary } : {}) }),
    ApiBearerAuth('JWT'),
    ...params,
    ...ok,
    ApiResponse({ status: '4XX', description: 'Client side error', type: RestJsonErrorDto }),
    ...(options.serverErrors === false
      ? []
      : [ApiResponse({ status: '5XX', description: 'Server side error', type: RestJsonErrorDto })]),
  );
}
