import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { BaseConfig } from './base-config.js';
import { Env } from './env.decorator.js';
import { ConfigError, configHelp, loadConfig } from './load-config.js';

class TestConfig extends BaseConfig {
  @Env('A port.')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PORT = 8080;
}

describe('loadConfig', () => {
  it('keeps defaults for unset variables and converts set ones', () => {
    expect(loadConfig('t', TestConfig, {})).toMatchObject({ PORT: 8080, LOG_LEVEL: 'info' });
    expect(loadConfig('t', TestConfig, { PORT: '9000', LOG_LEVEL: 'debug' })).toMatchObject({
      PORT: 9000,
      LOG_LEVEL: 'debug',
    });
  });

  it('refuses bad values with one error listing every bad variable, as given', () => {
    const error = (() => {
      try {
        loadConfig('t', TestConfig, { PORT: 'eighty', LOG_LEVEL: 'loud', OTEL_EXPORTER_OTLP_ENDPOINT: 'nope' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/PORT="eighty"/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL="loud"/);
    expect(problems.join('\n')).toMatch(/OTEL_EXPORTER_OTLP_ENDPOINT="nope"/);
  });

  it('reads only the variables the DTO declares', () => {
    const config = loadConfig('t', TestConfig, { UNRELATED: 'x' }) as TestConfig & { UNRELATED?: string };
    expect(config.UNRELATED).toBeUndefined();
  });

  it('prints every variable with its description and default in --help', () => {
    const help = configHelp('t', 'a test app', TestConfig);
    expect(help).toContain('PORT\n      A port. (default: 8080)');
    expect(help).toContain('LOG_LEVEL');
    expect(help).toContain('OTEL_EXPORTER_OTLP_ENDPOINT');
  });
});
