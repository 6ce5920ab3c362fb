import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { GrpcController } from '@mayastor/core-api';
import type { DeregisterRequest, RegisterRequest, RegistrationHandlers } from '@mayastor/io-engine';
import { NodesService } from '../nodes/nodes.service.js';

/** `mayastor.v1.Registration`, as a real io-engine expects the control plane to serve it. */
@Controller()
export class RegistrationController implements GrpcController<RegistrationHandlers> {
  constructor(private readonly nodes: NodesService) {}

  @GrpcMethod('Registration')
  async register(request: RegisterRequest): Promise<object> {
    await this.nodes.register({
      id: request.id,
      grpcEndpoint: request.grpc_endpoint,
      instanceUuid: request.instance_uuid?.value ?? '',
      nodeNqn: request.hostnqn?.value ?? '',
      version: request.version ?? '',
    });
    return {};
  }

  @GrpcMethod('Registration')
  async deregister(request: DeregisterRequest): Promise<object> {
    this.nodes.deregister(request.id);
    return {};
  }
}
