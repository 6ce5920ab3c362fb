// Original file: proto/core/v1/core.proto

export interface SpecOperation {
  kind?: string;
  result?: boolean;
  _result?: 'result';
}

export interface SpecOperation__Output {
  kind: string;
  result?: boolean;
  _result?: 'result';
}
