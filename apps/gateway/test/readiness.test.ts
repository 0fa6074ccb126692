// /readyz tells a load balancer the truth when the database cannot be reached, and on shutdown.
import { openDatabase } from '@ekoacteurs/db';
import { expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createGateway } from '../src/server.ts';

it('answers 503 with a reason free of internals when the database is unreachable, while /healthz stays 200', async () => {
  // Nothing listens on port 1: connections are refused at once.
  const db = await openDatabase({
    target: { kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:1/nothing' },
    connectionTimeoutMs: 1_000,
  });
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), PORT: 0 };
  const gateway = createGateway({ config, db, logger: createLogger('silent') });
  const url = `http://127.0.0.1:${await gateway.listen()}`;
  try {
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    const body = await ready.json();
    expect(body.status).toBe('unavailable');
    expect(body.reason).toMatch(/^database unreachable: /);
    // No driver text: no host, port, database name, user, nor Prisma's invocation.
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|:1\b|nothing|postgres|prisma|ECONNREFUSED|invocation/i);
    expect(body.requestId).toBe(ready.headers.get('x-request-id'));
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  } finally {
    await gateway.shutdown();
  }
});
