// Original file: proto/io-engine/v1/common.proto

export interface MayastorBugFixes {
  nexusRebuildReplicaAncestry?: boolean;
}

export interface MayastorBugFixes__Output {
  nexusRebuildReplicaAncestry: boolean;
}
