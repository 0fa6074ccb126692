// Starts a real gateway on an isolated test database and a free port.
import { createTestDatabase, type TestDatabase } from '@ekoacteurs/db/testing';
import { loadConfig, type Config } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createGateway, type Gateway } from '../src/server.ts';

export interface TestGateway {
  url: string;
  db: TestDatabase;
  gateway: Gateway;
  /** SQL statements sent since the last reset. */
  queries: string[];
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } }>;
  stop(): Promise<void>;
}

export async function startTestGateway(overrides: Partial<Config> = {}): Promise<TestGateway> {
  const queries: string[] = [];
  const db = await createTestDatabase({ onQuery: (sql) => queries.push(sql) });
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), PORT: 0, ...overrides };
  const gateway = createGateway({ config, db, logger: createLogger(config.LOG_LEVEL) });
  const port = await gateway.listen();
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    db,
    gateway,
    queries,
    graphql: async (query, variables) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    stop: () => gateway.shutdown(),
  };
}
