// Original file: proto/io-engine/v1/host.proto

import type { Long } from '@grpc/proto-loader';

export interface ResourceUsage {
  soft_faults?: number | string | Long;
  hard_faults?: number | string | Long;
  swaps?: number | string | Long;
  in_block_ops?: number | string | Long;
  out_block_ops?: number | string | Long;
  ipc_msg_send?: number | string | Long;
  ipc_msg_rcv?: number | string | Long;
  signals?: number | string | Long;
  vol_csw?: number | string | Long;
  invol_csw?: number | string | Long;
}

export interface ResourceUsage__Output {
  soft_faults: string;
  hard_faults: string;
  swaps: string;
  in_block_ops: string;
  out_block_ops: string;
  ipc_msg_send: string;
  ipc_msg_rcv: string;
  signals: string;
  vol_csw: string;
  invol_csw: string;
}
