// Which failures mean the database could not be reached (a replica is then skipped for the
// primary, and the gateway answers DATABASE_UNAVAILABLE), and which are a statement's own failure.
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/unreachable.ts';

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
      'any of these wrapped as GraphQL wraps a resolver’s error (originalError)',
      Object.assign(new Error('Unexpected'), { originalError: Object.assign(new Error('x'), { code: 'P1017' }) }),
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
});
