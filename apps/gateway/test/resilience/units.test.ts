// The small rules behind the resilience features, without servers: the error a client gets when the
// database is unavailable (which failures count: packages/db/test/unreachable.test.ts), how loudly
// an outage is logged, and the replicas' configuration.
import { parseReplicaUrls } from '@ekoacteurs/db';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { databaseUnavailableError } from '../../src/resilience/database-unavailable.ts';
import { outageLog } from '../../src/resilience/outage-log.ts';

describe('databaseUnavailableError', () => {
  it('becomes a 503 with Retry-After, keeping the field path', () => {
    const error = databaseUnavailableError(new GraphQLError('x', { path: ['members'] }));
    expect(error.path).toEqual(['members']);
    expect(error.extensions).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      http: { status: 503, headers: { 'Retry-After': '5' } },
    });
  });
});

describe('outageLog', () => {
  it('warns once, then at most every 10 s with how many requests failed meanwhile', () => {
    const lines: { failedRequests: number }[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    let now = 0;
    const report = outageLog(logger, () => now);
    report(new Error('down'));
    for (let i = 0; i < 50; i++) report(new Error('down'));
    now = 10_001;
    report(new Error('down'));
    expect(lines.map((line) => line.failedRequests)).toEqual([1, 51]);
  });
});

describe('DATABASE_REPLICA_URLS', () => {
  const primary = 'postgresql://eko@db-primary:5432/ekoacteurs';

  it('is a comma-separated list of PostgreSQL URLs next to DATABASE_URL', () => {
    const config = loadConfig({
      DATABASE_URL: primary,
      DATABASE_REPLICA_URLS: 'postgresql://eko@db-r1/ekoacteurs, postgres://eko@db-r2/ekoacteurs,',
    });
    expect(config.DATABASE_REPLICA_URLS).toEqual([
      'postgresql://eko@db-r1/ekoacteurs',
      'postgres://eko@db-r2/ekoacteurs',
    ]);
    expect(parseReplicaUrls(' a ,, b ')).toEqual(['a', 'b']);
  });

  it('refuses anything else with one line naming the variable', () => {
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'mysql://r1/db' })).toThrow(
      new ConfigError(
        'Invalid configuration: DATABASE_REPLICA_URLS must be a comma-separated list of postgresql:// URLs of read replicas, or unset (got "mysql://r1/db").',
      ),
    );
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgresql://eko@db-r1/ekoacteurs' })).toThrow(
      /DATABASE_REPLICA_URLS needs DATABASE_URL/,
    );
  });
});
