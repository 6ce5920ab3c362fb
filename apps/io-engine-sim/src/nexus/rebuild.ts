/** `RebuildStateResponse.state`: lower-case, as the engine spells it. */
export type RebuildState = 'init' | 'running' | 'stopped' | 'paused' | 'failed' | 'completed';

/** `RebuildJobState` names of the history records. */
export const JOB_STATE_OF: Record<RebuildState, 'Init' | 'Rebuilding' | 'Stopped' | 'Paused' | 'Failed' | 'Completed'> =
  {
    init: 'Init',
    running: 'Rebuilding',
    stopped: 'Stopped',
    paused: 'Paused',
    failed: 'Failed',
    completed: 'Completed',
  };

export interface RebuildRecord {
  readonly childUri: string;
  readonly srcUri: string;
  readonly state: RebuildState;
  readonly blocksTotal: number;
  readonly blocksRecovered: number;
  readonly blocksTransferred: number;
  readonly blocksRemaining: number;
  readonly blocksPerTask: number;
  readonly blockSize: number;
  readonly isPartial: boolean;
  readonly startTime: Date;
  readonly endTime: Date;
}

export const BLOCKS_PER_TASK = 128;
export const REBUILD_TASKS = 16;
/** How often a running job moves on. */
const TICK_MS = 50;

/**
 * A rebuild of one child (the destination) from a healthy one (the source). It
 * copies `blocksToCopy` blocks at `bytesPerSecond`; a partial rebuild (the child
 * has an I/O log) copies only what was written while it was away.
 */
export class RebuildJob {
  state: RebuildState = 'init';
  blocksRecovered = 0;
  blocksTransferred = 0;
  readonly startTime = new Date();
  endTime: Date | undefined;
  error: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastTick = 0;
  private readonly blocksToCopy: number;

  constructor(
    readonly srcUri: string,
    readonly dstUri: string,
    readonly blocksTotal: number,
    readonly blockSize: number,
    readonly isPartial: boolean,
    private readonly bytesPerSecond: number,
    private readonly finished: (job: RebuildJob) => void,
  ) {
    this.blocksToCopy = isPartial ? Math.max(1, Math.ceil(blocksTotal / 8)) : blocksTotal;
    if (isPartial) this.blocksRecovered = blocksTotal - this.blocksToCopy;
  }

  get blocksRemaining(): number {
    return this.blocksTotal - this.blocksRecovered;
  }

  get progress(): number {
    return this.blocksTotal === 0 ? 100 : Math.floor((this.blocksRecovered * 100) / this.blocksTotal);
  }

  get active(): boolean {
    return this.state === 'init' || this.state === 'running' || this.state === 'paused';
  }

  start(): void {
    this.state = 'running';
    this.run();
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.halt();
    this.state = 'paused';
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'running';
    this.run();
  }

  stop(): void {
    this.end('stopped');
  }

  fail(error: string): void {
    this.error = error;
    this.end('failed');
  }

  record(): RebuildRecord {
    return {
      childUri: this.dstUri,
      srcUri: this.srcUri,
      state: this.state,
      blocksTotal: this.blocksTotal,
      blocksRecovered: this.blocksRecovered,
      blocksTransferred: this.blocksTransferred,
      blocksRemaining: this.blocksRemaining,
      blocksPerTask: BLOCKS_PER_TASK,
      blockSize: this.blockSize,
      isPartial: this.isPartial,
      startTime: this.startTime,
      endTime: this.endTime ?? new Date(),
    };
  }

  private run(): void {
    this.lastTick = Date.now();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  private halt(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    const now = Date.now();
    const blocks = Math.max(1, Math.floor(((now - this.lastTick) / 1000) * (this.bytesPerSecond / this.blockSize)));
    this.lastTick = now;
    const step = Math.min(blocks, this.blocksRemaining);
    this.blocksRecovered += step;
    this.blocksTransferred += step;
    if (this.blocksRemaining <= 0) this.end('completed');
  }

  private end(state: 'completed' | 'stopped' | 'failed'): void {
    if (!this.active) return;
    this.halt();
    this.state = state;
    this.endTime = new Date();
    this.finished(this);
  }
}
