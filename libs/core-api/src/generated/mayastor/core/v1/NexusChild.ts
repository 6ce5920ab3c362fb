// Original file: proto/core/v1/core.proto

export interface NexusChild {
  uri?: string;
  state?: string;
  state_reason?: string;
  rebuild_progress?: number;
  _rebuild_progress?: 'rebuild_progress';
}

export interface NexusChild__Output {
  uri: string;
  state: string;
  state_reason: string;
  rebuild_progress?: number;
  _rebuild_progress?: 'rebuild_progress';
}
