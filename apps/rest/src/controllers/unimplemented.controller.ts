import { All, Controller } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@mayastor/common';

/**
 * Operations of the reference whose capability the control plane does not have
 * yet: volume snapshots, volume watches and the io-engine JSON-gRPC passthrough.
 * They answer 501 with a RestJsonError of kind Unimplemented (listed in the
 * README), so a client learns at once what it cannot do here.
 */
@ApiTags('Unimplemented')
@Controller()
export class UnimplementedController {
  @All([
    'volumes/snapshots',
    'volumes/snapshots/:snapshot_id',
    'volumes/:volume_id/snapshots',
    'volumes/:volume_id/snapshots/:snapshot_id',
    'snapshots/:snapshot_id/volumes/:volume_id',
  ])
  @ApiExcludeEndpoint()
  snapshots(): never {
    throw new DomainError('Unimplemented', 'volume snapshots are not supported yet', { feature: 'snapshots' });
  }

  @All('watches/volumes/:volume_id')
  @ApiExcludeEndpoint()
  watches(): never {
    throw new DomainError('Unimplemented', 'volume watches are not supported yet', { feature: 'watches' });
  }

  @All('nodes/:node/jsongrpc/:method')
  @ApiExcludeEndpoint()
  jsonGrpc(): never {
    throw new DomainError('Unimplemented', 'the io-engine JSON-gRPC passthrough is not supported', {
      feature: 'jsongrpc',
    });
  }
}
