import { pino, type Logger as PinoLogger, type LoggerOptions } from 'pino';
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

/** A logger for code that runs outside a Nest container (harness, bench, scripts). */
export function createLogger(app: string, level: LogLevel = 'info'): PinoLogger {
  return pino(pinoOptions(app, level));
}

export type { PinoLogger };
