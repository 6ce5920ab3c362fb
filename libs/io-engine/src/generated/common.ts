import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type {
  MayastorBugFixes as _mayastor_v1_MayastorBugFixes,
  MayastorBugFixes__Output as _mayastor_v1_MayastorBugFixes__Output,
} from './mayastor/v1/MayastorBugFixes.js';
import type {
  MayastorFeatures as _mayastor_v1_MayastorFeatures,
  MayastorFeatures__Output as _mayastor_v1_MayastorFeatures__Output,
} from './mayastor/v1/MayastorFeatures.js';

export interface ProtoGrpcType {
  mayastor: {
    v1: {
      MayastorBugFixes: MessageTypeDefinition<_mayastor_v1_MayastorBugFixes, _mayastor_v1_MayastorBugFixes__Output>;
      MayastorFeatures: MessageTypeDefinition<_mayastor_v1_MayastorFeatures, _mayastor_v1_MayastorFeatures__Output>;
      ShareProtocol: EnumTypeDefinition;
    };
  };
}
