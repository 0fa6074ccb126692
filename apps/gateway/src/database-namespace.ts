// The name under which a gateway keeps its keys in a Redis it may share with gateways on other
// databases (tests, staging beside production): the public cache's entries and the rate limiters'
// budgets. Gateways on the same database (replicas) share it, and so share what they keep there.
import { createHash, randomUUID } from 'node:crypto';
import type { DatabaseTarget } from '@ekoacteurs/db';

/** A name for each in-memory database, shared by the gateways of this process that open it. */
const inMemoryNames = new WeakMap<DatabaseTarget, string>();

function inMemoryName(target: DatabaseTarget): string {
  let name = inMemoryNames.get(target);
  if (!name) inMemoryNames.set(target, (name = `memory://${randomUUID()}`));
  return name;
}

/** 16 hex characters naming the database: the same for every gateway opened on it. */
export function databaseNamespace(target: DatabaseTarget): string {
  // An in-memory database (memory://, the tests' embedded default) is this process's alone, and
  // every one has the same name: it is named anew, once, for every gateway opened on that database
  // (two replicas in one test share it, as they share a server's).
  const database =
    target.kind === 'postgres'
      ? target.url
      : target.dataDir.startsWith('memory://')
        ? inMemoryName(target)
        : target.dataDir;
  return createHash('sha256').update(database).digest('hex').slice(0, 16);
}
