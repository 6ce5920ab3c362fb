import { Catch, Logger, type ArgumentsHost, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';
import { DomainError, toGrpcStatus } from '@mayastor/common';

/**
 * The one place the core maps errors to gRPC: a DomainError travels as its gRPC
 * status with the exact kind and details in trailers; anything else is a bug,
 * logged and sent as INTERNAL (never the UNKNOWN Nest would send).
 */
@Catch()
export class GrpcExceptionFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('GrpcExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    if (!DomainError.is(exception) || exception.kind === 'Internal') {
      const rpc = host.switchToRpc().getContext<{ getPath?: () => string } | undefined>();
      this.logger.error({ err: exception, call: rpc?.getPath?.() }, 'gRPC call failed unexpectedly');
    }
    return throwError(() => toGrpcStatus(exception));
  }
}
