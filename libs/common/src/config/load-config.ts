import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { envDocs } from './env.decorator.js';

export type ConfigClass<T extends object> = new () => T;

/** Start-up refused: one message lists every bad variable. */
export class ConfigError extends Error {
  constructor(
    readonly app: string,
    readonly problems: readonly string[],
  ) {
    super(`${app}: invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** One line per bad variable, showing the value as it was given. */
function describe(errors: readonly ValidationError[], given: Record<string, string>): string[] {
  return errors.map((e) => {
    const value = e.property in given ? JSON.stringify(given[e.property]) : '(default)';
    return `${e.property}=${value}: ${Object.values(e.constraints ?? {}).join('; ')}`;
  });
}

/**
 * Builds and validates an app's config from the environment. Only variables the
 * DTO declares are read; unset ones keep the DTO's defaults. Values are converted
 * with the DTO's class-transformer decorators, then checked with class-validator.
 */
export function loadConfig<T extends object>(
  app: string,
  dto: ConfigClass<T>,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const names = envDocs(dto.prototype as object).map((d) => d.name);
  const plain: Record<string, string> = {};
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value !== '') plain[name] = value;
  }
  const config = plainToInstance(dto, plain, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(app, describe(errors, plain));
  return config;
}

/**
 * The `--help` text of an app: what it is and every variable it reads, with defaults.
 * `usage` replaces the default usage line (`<app> [--help]`) of a program with flags.
 */
export function configHelp<T extends object>(
  app: string,
  summary: string,
  dto: ConfigClass<T>,
  usage = `${app} [--help]`,
): string {
  const defaults = new dto() as Record<string, unknown>;
  const lines = envDocs(dto.prototype as object).map(({ name, description }) => {
    const def = defaults[name];
    const text = Array.isArray(def)
      ? def.join(',')
      : typeof def === 'string' || typeof def === 'number' || typeof def === 'boolean'
        ? String(def)
        : JSON.stringify(def);
    const shown = def === undefined || text === '' ? '' : ` (default: ${text})`;
    return `  ${name}\n      ${description}${shown}`;
  });
  return `${app}: ${summary}\n\nUsage: ${usage}\n\nConfigured by environment variables:\n${lines.join('\n')}\n`;
}
