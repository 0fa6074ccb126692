// The non-GraphQL routes (public pages, calendar feeds) during a database outage: 503 with the
// same code and Retry-After, not a 500.
import type { ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';
import { isDatabaseUnavailable } from '@ekoacteurs/db';
import { DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from './database-unavailable.ts';
import { outageLog } from './outage-log.ts';

/** Answers 503 and returns true when `error` is a database outage; false leaves the response alone. */
export function createOutageReply(logger: Logger) {
  const report = outageLog(logger);
  return (error: unknown, res: ServerResponse, requestId: string): boolean => {
    if (res.headersSent || !isDatabaseUnavailable(error)) return false;
    report(error);
    res.writeHead(503, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': String(RETRY_AFTER_SECONDS),
    });
    res.end(JSON.stringify({ error: DATABASE_UNAVAILABLE, message: DATABASE_UNAVAILABLE_MESSAGE, requestId }));
    return true;
  };
}
