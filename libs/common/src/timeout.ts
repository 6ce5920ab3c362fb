import { DomainError } from './errors/domain-error.js';

/**
 * Settles with `work`, or rejects with an Unavailable error after `ms`. The timer
 * never keeps the process alive. `what` names the call in the error message.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new DomainError('Unavailable', `${what} did not complete within ${ms} ms`, { timeoutMs: String(ms) })),
      ms,
    );
    timer.unref();
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
