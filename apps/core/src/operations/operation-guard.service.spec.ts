import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CoreConfig } from '../core.config.js';
import { engineRefused } from './engine-errors.js';
import { OperationGuard } from './operation-guard.service.js';
import { DomainError } from '@mayastor/common';

const guard = (waitMs: number): OperationGuard =>
  new OperationGuard(Object.assign(new CoreConfig(), { OPERATION_GUARD_WAIT_MS: waitMs }));

describe('OperationGuard', () => {
  it('runs one operation per resource; a second one gets Conflict after the wait', async () => {
    const g = guard(100);
    const first = g.run('Pool', 'p1', () => sleep(300).then(() => 'first'));
    const t0 = performance.now();
    await expect(g.run('Pool', 'p1', async () => 'second')).rejects.toMatchObject({
      kind: 'Conflict',
      details: { resource: 'Pool', id: 'p1' },
    });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(90);
    // Other resources are free meanwhile.
    expect(await g.run('Pool', 'p2', async () => 'other')).toBe('other');
    expect(await first).toBe('first');
    expect(await g.run('Pool', 'p1', async () => 'later')).toBe('later');
  });

  it('lets a waiting operation through when the first ends within the wait', async () => {
    const g = guard(500);
    const first = g.run('Replica', 'r', () => sleep(50));
    expect(await g.run('Replica', 'r', async () => 'waited')).toBe('waited');
    await first;
  });

  it('tryRun skips a busy resource without waiting', async () => {
    const g = guard(1000);
    const first = g.run('Pool', 'p', () => sleep(200));
    expect(await g.tryRun('Pool', 'p', async () => 'ran')).toBeUndefined();
    await first;
    expect(await g.tryRun('Pool', 'p', async () => 'ran')).toBe('ran');
  });
});

describe('engineRefused', () => {
  it('tells a refusal (nothing done) from an ambiguous failure', () => {
    expect(engineRefused(new DomainError('ResourceExhausted', 'full'))).toBe(true);
    expect(engineRefused(new DomainError('AlreadyExists', 'x'))).toBe(true);
    for (const kind of ['Unavailable', 'DeadlineExceeded', 'Internal', 'Aborted'] as const) {
      expect(engineRefused(new DomainError(kind, 'x'))).toBe(false);
    }
    expect(engineRefused(new Error('plain'))).toBe(false);
  });
});
