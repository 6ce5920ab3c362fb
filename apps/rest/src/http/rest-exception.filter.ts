import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, HTTP_STATUS_OF_KIND, type ErrorKind } from '@mayastor/common';
import type { RestJsonErrorDto } from '../dto/common.dto.js';

/** The kind of an HTTP error raised by the framework itself (no route, bad JSON, body too large). */
function kindOfHttpStatus(status: number, error: HttpException): ErrorKind {
  switch (status) {
    case 400:
      // body-parser's JSON errors reach us as a 400 whose cause is a SyntaxError.
      return error.cause instanceof SyntaxError || /JSON/i.test(error.message) ? 'Deserialize' : 'InvalidArgument';
    case 401:
      return 'Unauthenticated';
    case 403:
      return 'Unauthorized';
    case 404:
      return 'NotFound';
    case 406:
      return 'NotAcceptable';
    case 409:
      return 'Conflict';
    case 408:
      return 'Timeout';
    case 501:
      return 'Unimplemented';
    case 503:
      return 'Unavailable';
    default:
      return status < 500 ? 'InvalidArgument' : 'Internal';
  }
}

/**
 * Every error leaves REST as a `RestJsonError` (`details`, `message`, `kind`)
 * with the status the original REST API gives that kind: domain errors from the
 * core (their kind came across gRPC intact), validation and auth errors raised
 * here, and the framework's own HTTP errors. Anything else is a 500, logged.
 */
@Catch()
export class RestExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('RestExceptionFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    let status: number;
    let body: RestJsonErrorDto;
    if (error instanceof DomainError) {
      status = HTTP_STATUS_OF_KIND[error.kind];
      body = { kind: error.kind, message: error.message, details: describeDetails(error.details) };
    } else if (error instanceof HttpException) {
      status = error.getStatus();
      const kind = kindOfHttpStatus(status, error);
      body = { kind, message: error.message, details: `HTTP ${status}` };
    } else {
      status = 500;
      this.logger.error({ err: error }, 'unexpected error answering a request');
      body = { kind: 'Internal', message: 'internal error', details: error instanceof Error ? error.message : '' };
    }
    if (response.headersSent) return;
    if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(status).json(body);
  }
}

function describeDetails(details: Readonly<Record<string, string>>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}
