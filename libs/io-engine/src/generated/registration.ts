import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type {
  BoolValue as _google_protobuf_BoolValue,
  BoolValue__Output as _google_protobuf_BoolValue__Output,
} from './google/protobuf/BoolValue.js';
import type {
  BytesValue as _google_protobuf_BytesValue,
  BytesValue__Output as _google_protobuf_BytesValue__Output,
} from './google/protobuf/BytesValue.js';
import type {
  DoubleValue as _google_protobuf_DoubleValue,
  DoubleValue__Output as _google_protobuf_DoubleValue__Output,
} from './google/protobuf/DoubleValue.js';
import type {
  Empty as _google_protobuf_Empty,
  Empty__Output as _google_protobuf_Empty__Output,
} from './google/protobuf/Empty.js';
import type {
  FloatValue as _google_protobuf_FloatValue,
  FloatValue__Output as _google_protobuf_FloatValue__Output,
} from './google/protobuf/FloatValue.js';
import type {
  Int32Value as _google_protobuf_Int32Value,
  Int32Value__Output as _google_protobuf_Int32Value__Output,
} from './google/protobuf/Int32Value.js';
import type {
  Int64Value as _google_protobuf_Int64Value,
  Int64Value__Output as _google_protobuf_Int64Value__Output,
} from './google/protobuf/Int64Value.js';
import type {
  StringValue as _google_protobuf_StringValue,
  StringValue__Output as _google_protobuf_StringValue__Output,
} from './google/protobuf/StringValue.js';
import type {
  UInt32Value as _google_protobuf_UInt32Value,
  UInt32Value__Output as _google_protobuf_UInt32Value__Output,
} from './google/protobuf/UInt32Value.js';
import type {
  UInt64Value as _google_protobuf_UInt64Value,
  UInt64Value__Output as _google_protobuf_UInt64Value__Output,
} from './google/protobuf/UInt64Value.js';
import type {
  DeregisterRequest as _mayastor_v1_DeregisterRequest,
  DeregisterRequest__Output as _mayastor_v1_DeregisterRequest__Output,
} from './mayastor/v1/DeregisterRequest.js';
import type {
  MayastorBugFixes as _mayastor_v1_MayastorBugFixes,
  MayastorBugFixes__Output as _mayastor_v1_MayastorBugFixes__Output,
} from './mayastor/v1/MayastorBugFixes.js';
import type {
  MayastorFeatures as _mayastor_v1_MayastorFeatures,
  MayastorFeatures__Output as _mayastor_v1_MayastorFeatures__Output,
} from './mayastor/v1/MayastorFeatures.js';
import type {
  RegisterRequest as _mayastor_v1_RegisterRequest,
  RegisterRequest__Output as _mayastor_v1_RegisterRequest__Output,
} from './mayastor/v1/RegisterRequest.js';
import type {
  RegistrationClient as _mayastor_v1_RegistrationClient,
  RegistrationDefinition as _mayastor_v1_RegistrationDefinition,
} from './mayastor/v1/Registration.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new (...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      BoolValue: MessageTypeDefinition<_google_protobuf_BoolValue, _google_protobuf_BoolValue__Output>;
      BytesValue: MessageTypeDefinition<_google_protobuf_BytesValue, _google_protobuf_BytesValue__Output>;
      DoubleValue: MessageTypeDefinition<_google_protobuf_DoubleValue, _google_protobuf_DoubleValue__Output>;
      Empty: MessageTypeDefinition<_google_protobuf_Empty, _google_protobuf_Empty__Output>;
      FloatValue: MessageTypeDefinition<_google_protobuf_FloatValue, _google_protobuf_FloatValue__Output>;
      Int32Value: MessageTypeDefinition<_google_protobuf_Int32Value, _google_protobuf_Int32Value__Output>;
      Int64Value: MessageTypeDefinition<_google_protobuf_Int64Value, _google_protobuf_Int64Value__Output>;
      StringValue: MessageTypeDefinition<_google_protobuf_StringValue, _google_protobuf_StringValue__Output>;
      UInt32Value: MessageTypeDefinition<_google_protobuf_UInt32Value, _google_protobuf_UInt32Value__Output>;
      UInt64Value: MessageTypeDefinition<_google_protobuf_UInt64Value, _google_protobuf_UInt64Value__Output>;
    };
  };
  mayastor: {
    v1: {
      APIVersion: EnumTypeDefinition;
      DeregisterRequest: MessageTypeDefinition<_mayastor_v1_DeregisterRequest, _mayastor_v1_DeregisterRequest__Output>;
      MayastorBugFixes: MessageTypeDefinition<_mayastor_v1_MayastorBugFixes, _mayastor_v1_MayastorBugFixes__Output>;
      MayastorFeatures: MessageTypeDefinition<_mayastor_v1_MayastorFeatures, _mayastor_v1_MayastorFeatures__Output>;
      RegisterRequest: MessageTypeDefinition<_mayastor_v1_RegisterRequest, _mayastor_v1_RegisterRequest__Output>;
      Registration: SubtypeConstructor<typeof grpc.Client, _mayastor_v1_RegistrationClient> & {
        service: _mayastor_v1_RegistrationDefinition;
      };
      ShareProtocol: EnumTypeDefinition;
    };
  };
}
