// The security settings in the configuration (.env.example documents them).
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { rateLimitsFrom } from '../../src/security/index.ts';
import { DEFAULT_RATE_LIMITS } from '../../src/security/limits.ts';

describe('security configuration', () => {
  it('defaults to in-memory rate limits, no cross-origin caller, and the documented budgets', () => {
    const config = loadConfig({});
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.CORS_ORIGINS).toEqual([]);
    expect(rateLimitsFrom(config)).toEqual(DEFAULT_RATE_LIMITS);
  });

  it('reads REDIS_URL as redis:// or rediss://', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(loadConfig({ REDIS_URL: 'rediss://user:pw@cache.example:6380/1' }).REDIS_URL).toBe(
      'rediss://user:pw@cache.example:6380/1',
    );
    expect(() => loadConfig({ REDIS_URL: 'http://cache' })).toThrow(
      new ConfigError(
        'Invalid configuration: REDIS_URL must be a redis:// or rediss:// URL (e.g. redis://127.0.0.1:6379), or unset to count rate limits in memory (got "http://cache").',
      ),
    );
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins, or *', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://Partenaire.example/, http://localhost:5173 ,*' }).CORS_ORIGINS).toEqual([
      'https://partenaire.example',
      'http://localhost:5173',
      '*',
    ]);
    for (const wrong of ['partenaire.example', 'https://partenaire.example/api', 'ftp://files.example']) {
      expect(() => loadConfig({ CORS_ORIGINS: wrong })).toThrow(
        /^Invalid configuration: CORS_ORIGINS must be a comma-separated list of origins/,
      );
    }
  });

  it('reads the rate-limit budgets and window', () => {
    const config = loadConfig({
      RATE_LIMIT_WINDOW_MS: '30000',
      RATE_LIMIT_ANONYMOUS: '500',
      RATE_LIMIT_SESSION: '900',
      RATE_LIMIT_TOKEN: '4000',
    });
    expect(rateLimitsFrom(config)).toEqual({ windowMs: 30_000, anonymous: 500, session: 900, token: 4_000 });
    expect(() => loadConfig({ RATE_LIMIT_TOKEN: '-1' })).toThrow(
      /RATE_LIMIT_TOKEN must be a positive number of cost points/,
    );
  });
});
