import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
  Put,
} from '@nestjs/common';
import { status } from '@grpc/grpc-js';
import { RpcError } from '../engine/rpc-error.js';
import type { SimEngine } from '../engine/sim-engine.js';
import { SimulatorService } from '../simulator.service.js';
import { ChildFaultDto, LatencyDto, RestartDto, RpcFailureDto } from './control.dto.js';

const HTTP_OF_GRPC: Partial<Record<status, HttpStatus>> = {
  [status.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [status.INVALID_ARGUMENT]: HttpStatus.BAD_REQUEST,
  [status.FAILED_PRECONDITION]: HttpStatus.CONFLICT,
  [status.ALREADY_EXISTS]: HttpStatus.CONFLICT,
};

/** Engine errors as HTTP errors. */
async function http<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof RpcError) {
      throw new HttpException(
        { message: error.message, code: status[error.code] },
        HTTP_OF_GRPC[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
    throw error;
  }
}

function describe(engine: SimEngine) {
  return {
    name: engine.name,
    status: engine.status,
    partitioned: engine.faults.partitioned,
    instanceUuid: engine.instanceUuid,
    grpcEndpoint: engine.grpcEndpoint,
    hostNqn: engine.hostNqn,
    startedAt: engine.startedAt?.toISOString() ?? null,
    pools: engine.pools.pools.size,
    replicas: engine.pools.listReplicas({}).length,
    nexuses: engine.nexuses.nexuses.size,
    faults: { latencyMs: engine.faults.latencyMs, rpcFailures: engine.faults.list() },
  };
}

/**
 * Fault injection for tests and demos (docs/io-engine-sim.md). Every route names
 * an engine of this process by its node name.
 */
@Controller('nodes')
export class ControlController {
  constructor(private readonly simulator: SimulatorService) {}

  private engine(node: string): SimEngine {
    const engine = this.simulator.get(node);
    if (!engine) throw new NotFoundException(`no simulated node ${node}`);
    return engine;
  }

  @Get()
  list() {
    return [...this.simulator.engines.values()].map(describe);
  }

  @Get(':node')
  get(@Param('node') node: string) {
    return describe(this.engine(node));
  }

  /** Crash: lose every in-memory state and stop answering (no deregistration). */
  @Post(':node/crash')
  @HttpCode(200)
  async crash(@Param('node') node: string) {
    const engine = this.engine(node);
    await engine.crash();
    return describe(engine);
  }

  /** Graceful stop: stop serving, deregister, shut nexuses down, export pools. */
  @Post(':node/stop')
  @HttpCode(200)
  async stop(@Param('node') node: string) {
    const engine = this.engine(node);
    await engine.stop();
    return describe(engine);
  }

  /** Start a stopped or crashed engine: a new instance uuid, empty memory. */
  @Post(':node/start')
  @HttpCode(200)
  async start(@Param('node') node: string) {
    const engine = this.engine(node);
    await engine.start();
    return describe(engine);
  }

  @Post(':node/restart')
  @HttpCode(200)
  async restart(@Param('node') node: string, @Body() body: RestartDto) {
    const engine = this.engine(node);
    await engine.restart(body.graceful ?? false);
    return describe(engine);
  }

  /** Partition: the engine keeps its state but answers nothing (gRPC, NVMf, heartbeats). */
  @Put(':node/faults/partition')
  partition(@Param('node') node: string) {
    const engine = this.engine(node);
    engine.faults.setPartitioned(true);
    return describe(engine);
  }

  @Delete(':node/faults/partition')
  heal(@Param('node') node: string) {
    const engine = this.engine(node);
    engine.faults.setPartitioned(false);
    return describe(engine);
  }

  /** Delay every gRPC answer. */
  @Put(':node/faults/latency')
  latency(@Param('node') node: string, @Body() body: LatencyDto) {
    const engine = this.engine(node);
    engine.faults.latencyMs = body.ms;
    return describe(engine);
  }

  /** Fail calls of one RPC (or `*`) with a status. */
  @Put(':node/faults/rpc/:rpc')
  failRpc(@Param('node') node: string, @Param('rpc') rpc: string, @Body() body: RpcFailureDto) {
    const engine = this.engine(node);
    const code = status[body.code as keyof typeof status];
    engine.faults.failRpc(rpc, code, body.message ?? `injected ${body.code} for ${rpc}`, body.count, body.after);
    return describe(engine);
  }

  @Delete(':node/faults/rpc/:rpc')
  clearRpc(@Param('node') node: string, @Param('rpc') rpc: string) {
    const engine = this.engine(node);
    engine.faults.clearRpc(rpc);
    return describe(engine);
  }

  /** Clear latency, RPC failures and any partition. */
  @Delete(':node/faults')
  reset(@Param('node') node: string) {
    const engine = this.engine(node);
    engine.faults.reset();
    return describe(engine);
  }

  /** Fill a pool: thick creates fail with RESOURCE_EXHAUSTED, thin replicas hit ENOSPC. */
  @Put(':node/pools/:pool/full')
  fill(@Param('node') node: string, @Param('pool') pool: string) {
    return http(() => ({ pool: pool, free: this.engine(node).pools.fillPool(pool, true).freeClusters }));
  }

  @Delete(':node/pools/:pool/full')
  unfill(@Param('node') node: string, @Param('pool') pool: string) {
    return http(() => ({ pool: pool, free: this.engine(node).pools.fillPool(pool, false).freeClusters }));
  }

  /** Fault a nexus child as an I/O error (or a timeout, or ENOSPC) would. */
  @Post(':node/nexuses/:uuid/child-fault')
  @HttpCode(200)
  faultChild(@Param('node') node: string, @Param('uuid') uuid: string, @Body() body: ChildFaultDto) {
    return http(() => {
      const nexus = this.engine(node).nexuses.injectChildFault(uuid, body.uri, body.reason ?? 'IO_FAILURE');
      return {
        uuid: nexus.uuid,
        state: nexus.state,
        children: nexus.children.map((c) => ({ uri: c.uri, state: c.label })),
      };
    });
  }
}
