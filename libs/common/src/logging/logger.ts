import { pino, type DestinationStream, type Logger as PinoLogger, type LoggerOptions } from 'pino';
import type { LogLevel } from '../config/base-config.js';

/** pino options shared by every logger of the project: JSON, level as a label,
 * the app's name on every line, a constant `msg` plus fields. */
export function pinoOptions(app: string, level: LogLevel): LoggerOptions {
  return {
    level,
    base: { app },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
}

/**
 * Where every logger writes: stdout, synchronously. pino's default is an
 * asynchronous buffer, which loses its last lines when the process ends on a
 * signal (as a Nest shutdown does, re-raising SIGTERM) — the lines that say how
 * a shutdown went. A control plane logs little enough to afford a write per line.
 */
export function logDestination(): DestinationStream {
  return pino.destination({ dest: 1, sync: true });
}

/** A logger for code that runs outside a Nest container (harness, bench, scripts). */
export function createLogger(app: string, level: LogLevel = 'info'): PinoLogger {
  return pino(pinoOptions(app, level), logDestination());
}

export type { PinoLogger };
