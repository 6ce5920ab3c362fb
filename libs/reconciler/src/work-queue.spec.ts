import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Registry } from 'prom-client';
import { ReconcilerMetrics } from './metrics.js';
import { done, requeueAfter, TerminalError, type ReconcileResult } from './result.js';
import { WorkQueue, type ReconcileFn } from './work-queue.js';

const logger = { warn: vi.fn(), error: vi.fn() };

function queue(fn: ReconcileFn, overrides: Partial<ConstructorParameters<typeof WorkQueue>[0]> = {}): WorkQueue {
  return new WorkQueue(
    {
      name: 'test',
      concurrency: 4,
      timeoutMs: 1000,
      initialBackoffMs: 100,
      maxBackoffMs: 60_000,
      logger,
      ...overrides,
    },
    fn,
  );
}

describe('WorkQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    logger.warn.mockClear();
    logger.error.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('never runs the same key twice at once; a key added while it runs is run once more after', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    let release: () => void = () => undefined;
    const q = queue(async () => {
      running++;
      runs++;
      most = Math.max(most, running);
      await new Promise<void>((r) => (release = r));
      running--;
      return done();
    });
    q.add('a');
    await vi.advanceTimersByTimeAsync(0);
    q.add('a');
    q.add('a');
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(2);
    release();
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });

  it('retries a failing key with growing delays, and a periodic re-add does not cut the backoff short', async () => {
    const attempts: number[] = [];
    const q = queue(() => {
      attempts.push(Date.now());
      throw new Error('engine unreachable'); // a synchronous throw is contained too
    });
    q.add('v');
    for (let t = 0; t < 30_000; t += 50) {
      q.add('v'); // a busy period every 50 ms must not turn the backoff into a tight loop
      await vi.advanceTimersByTimeAsync(50);
    }
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
    expect(attempts.length).toBeGreaterThanOrEqual(6);
    expect(attempts.length).toBeLessThan(12);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThanOrEqual(gaps[i - 1]! - 50);
    expect(gaps.at(-1)!).toBeGreaterThan(gaps[0]! * 8);
    expect(q.stats.errors).toBe(attempts.length);
    expect(logger.warn.mock.calls.at(-1)?.[0]).toMatchObject({ key: 'v', reconciler: 'test' });
  });

  it('a success ends the backoff', async () => {
    let fail = 3;
    let runs = 0;
    const q = queue(async () => {
      runs++;
      if (fail-- > 0) throw new Error('not yet');
      return done(true);
    });
    q.add('k');
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(4);
    q.add('k');
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(5);
    expect(q.stats.acted).toBe(2);
  });

  it('does not retry a terminal error until a reset', async () => {
    let runs = 0;
    const q = queue(async () => {
      runs++;
      throw new TerminalError('spec is invalid');
    });
    q.add('x');
    await vi.advanceTimersByTimeAsync(60_000);
    q.add('x');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(1);
    expect(logger.error).toHaveBeenCalledTimes(1);
    q.add('x', { reset: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(2);
  });

  it('an event (reset) that comes while a key runs and fails runs it again at once, not after the backoff', async () => {
    let runs = 0;
    let fail: (e: Error) => void = () => undefined;
    const q = queue(
      () =>
        new Promise<ReconcileResult>((_resolve, reject) => {
          runs++;
          fail = reject;
        }),
      { initialBackoffMs: 10_000, maxBackoffMs: 60_000 },
    );
    q.add('n');
    await vi.advanceTimersByTimeAsync(0);
    q.add('n', { reset: true }); // the node came back online meanwhile
    fail(new Error('node unreachable'));
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(2);
    fail(new Error('still unreachable'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2); // no event this time: the backoff holds
  });

  it('counts a hung reconcile as timed out, keeps its key busy until it ends, then retries it', async () => {
    let runs = 0;
    let aborted = false;
    let finish: () => void = () => undefined;
    const q = queue(
      (_key, signal) =>
        new Promise<ReconcileResult>((resolve) => {
          runs++;
          signal.addEventListener('abort', () => (aborted = true));
          finish = () => resolve(done());
        }),
      { timeoutMs: 200 },
    );
    q.add('h');
    await vi.advanceTimersByTimeAsync(250);
    expect(aborted).toBe(true);
    expect(q.stats.timeouts).toBe(1);
    q.add('h', { reset: true });
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(1); // still the first run: it never ended
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
  });

  it('requeues after the delay asked, and runs at most `concurrency` keys at once', async () => {
    const at: Record<string, number[]> = {};
    let running = 0;
    let most = 0;
    const q = queue(
      async (key) => {
        running++;
        most = Math.max(most, running);
        (at[key] ??= []).push(Date.now());
        await new Promise((r) => setTimeout(r, 10));
        running--;
        return (at[key]?.length ?? 0) < 2 ? requeueAfter(500) : done();
      },
      { concurrency: 2 },
    );
    const start = Date.now();
    for (const k of ['a', 'b', 'c', 'd', 'e']) q.add(k);
    await vi.advanceTimersByTimeAsync(2000);
    expect(most).toBe(2);
    for (const k of ['a', 'b', 'c', 'd', 'e']) {
      expect(at[k]).toHaveLength(2);
      expect(at[k]![1]! - at[k]![0]!).toBeGreaterThanOrEqual(500);
      expect(at[k]![0]! - start).toBeLessThan(100);
    }
    expect(q.stats.requeues).toBe(5);
  });

  it('counts runs by outcome in Prometheus metrics', async () => {
    const registry = new Registry();
    const metrics = new ReconcilerMetrics(registry);
    const q = queue(async (key) => (key === 'bad' ? Promise.reject(new Error('no')) : done(key === 'act')), {
      metrics,
    });
    q.add('ok');
    q.add('act');
    q.add('bad');
    await vi.advanceTimersByTimeAsync(0);
    const text = await registry.metrics();
    expect(text).toContain('reconciler_runs_total{reconciler="test",outcome="done"} 1');
    expect(text).toContain('reconciler_runs_total{reconciler="test",outcome="acted"} 1');
    expect(text).toContain('reconciler_runs_total{reconciler="test",outcome="error"} 1');
    expect(text).toContain('reconciler_duration_seconds_count{reconciler="test"} 3');
  });
});
