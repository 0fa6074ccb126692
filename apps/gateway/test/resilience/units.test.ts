// The small rules behind the resilience features, without servers: which failures count as the
// database being unavailable, how loudly an outage is logged, and the replicas' configuration.
import { parseReplicaUrls } from '@ekoacteurs/db';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { databaseUnavailableError, isDatabaseUnavailable } from '../../src/resilience/database-unavailable.ts';
import { outageLog } from '../../src/resilience/outage-log.ts';

describe('isDatabaseUnavailable', () => {
  it.each([
    ['Prisma cannot reach the server', Object.assign(new Error('Can’t reach'), { code: 'P1001' })],
    ['a pool timeout', Object.assign(new Error('x'), { code: 'P2024' })],
    ['the adapter’s classification', { meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } }],
    ['a refused socket', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a dropped connection (node-postgres)', new Error('Connection terminated unexpectedly')],
    [
      'PostgreSQL shutting down',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    ],
    ['too many clients', Object.assign(new Error('sorry, too many clients already'), { code: '53300' })],
    [
      'any of these wrapped in a GraphQL error',
      new GraphQLError('Unexpected', { originalError: Object.assign(new Error('x'), { code: 'P1017' }) }),
    ],
    ['or in a cause', new Error('outer', { cause: Object.assign(new Error('inner'), { code: 'ETIMEDOUT' }) })],
  ])('is true for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique constraint', Object.assign(new Error('Unique constraint failed'), { code: 'P2002' })],
    ['a record not found', Object.assign(new Error('No record was found'), { code: 'P2025' })],
    ['a resolver bug', new TypeError('Cannot read properties of undefined')],
    ['nothing', undefined],
  ])('is false for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

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
