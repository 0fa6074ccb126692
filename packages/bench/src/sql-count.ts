// SQL statements per request, counted where they are sent: the gateway built from its sources in
// this process, on the bench database, with the database client's query hook. Each operation runs
// twice to warm caches (a token is kept in memory from its second check: auth/token-callers.ts),
// then once counted.
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase } from '@ekoacteurs/db';
import { createGateway, createLogger, loadConfig } from '@ekoacteurs/gateway/testing';
import type { Operation } from './operations.ts';
import { send } from './send.ts';

export interface SqlCount {
  statements: number;
  /** The statements' first words, e.g. { SELECT: 3, BEGIN: 1 }. */
  byKind: Record<string, number>;
}

export async function countStatements(databaseUrl: string, operations: Operation[]): Promise<Record<string, SqlCount>> {
  const sent: string[] = [];
  const db = await openDatabase({
    target: { kind: 'postgres', url: databaseUrl },
    onQuery: (sql) => sent.push(sql),
    replicaUrls: [],
  });
  const config = {
    ...loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_TOKEN: '1000000000',
      RATE_LIMIT_ANONYMOUS: '1000000000',
    }),
    PORT: 0,
  };
  const gateway = createGateway({
    config,
    db,
    logger: createLogger(process.env.BENCH_SQL_LOG ?? 'silent'),
    // No background job: every statement sent while an operation runs is that operation's.
    webhooks: { enabled: false },
    mail: { enabled: false },
    privacy: { enabled: false },
    fediverse: { enabled: false },
  });
  const url = `http://127.0.0.1:${await gateway.listen()}`;
  const counts: Record<string, SqlCount> = {};
  try {
    for (const operation of operations) {
      await send(url, operation.next());
      await send(url, operation.next());
      // The background jobs are off: every statement from now on is this request's.
      sent.length = 0;
      const request = operation.next();
      const answer = await send(url, request);
      // A token's lastUsedAt is refreshed without being awaited (once a minute per token): it is
      // part of what the request costs, so let it land.
      await sleep(200);
      if (!operation.ok(answer.status, answer.body)) {
        throw new Error(`${operation.name}: unexpected answer ${answer.status} ${answer.body.slice(0, 300)}`);
      }
      const byKind: Record<string, number> = {};
      for (const sql of sent) {
        const kind = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '?';
        byKind[kind] = (byKind[kind] ?? 0) + 1;
      }
      counts[operation.name] = { statements: sent.length, byKind };
    }
  } finally {
    await gateway.shutdown();
  }
  return counts;
}
