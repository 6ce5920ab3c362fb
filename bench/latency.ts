import { performance } from 'node:perf_hooks';

export interface LoopFigures {
  readonly n: number;
  readonly opsPerSec: number;
  /** Milliseconds. */
  readonly p50: number;
  readonly p99: number;
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Runs `op` n times, one after another, and reports the rate and latency percentiles. */
export async function timeLoop(n: number, op: (i: number) => Promise<unknown>): Promise<LoopFigures> {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await op(i);
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { n, opsPerSec: n / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
