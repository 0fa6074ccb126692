// The PGlite data directory lock: the helper itself, the schema-engine shim holding it while it
// runs, and the Prisma CLI reporting a locked database.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, onTestFinished, test } from 'vitest';
import { toCliDatasourceUrl } from '../src/database-url.ts';
import { acquirePgliteLock, PGLITE_LOCK_FILE, PgliteLockedError } from '../src/pglite-lock.ts';
import {
  createTestDatabase,
  createTestProject,
  makeTempDir,
  removePgliteTemplate,
  SHIM_PATH,
} from './engine-harness.ts';

afterAll(removePgliteTemplate);

/** A temporary directory, removed after the test. */
function lockTestDir() {
  const dir = makeTempDir('lock');
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const lockedMessage = (dataDir: string, pid: number) =>
  `The embedded database at ${dataDir} is in use by process ${pid} (stop it first)`;

describe('PGlite data directory lock', { timeout: 120_000 }, () => {
  test('a second acquisition fails while the first holds the lock', async () => {
    const dataDir = join(lockTestDir(), 'data');
    const release = await acquirePgliteLock(dataDir);
    expect(readFileSync(join(dataDir, PGLITE_LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);

    const second = acquirePgliteLock(dataDir, { waitMs: 0 });
    await expect(second).rejects.toThrow(PgliteLockedError);
    await expect(second).rejects.toThrow(lockedMessage(dataDir, process.pid));

    await release();
    expect(existsSync(join(dataDir, PGLITE_LOCK_FILE))).toBe(false);
    await (
      await acquirePgliteLock(dataDir, { waitMs: 0 })
    )();
  });

  test('a lock left behind by a dead process is taken over', async () => {
    const dataDir = lockTestDir();
    const { pid: deadPid } = spawnSync(process.execPath, ['-e', '']);
    writeFileSync(join(dataDir, PGLITE_LOCK_FILE), `${deadPid}\n`);

    const release = await acquirePgliteLock(dataDir, { waitMs: 0 });
    expect(readFileSync(join(dataDir, PGLITE_LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await release();
  });

  test('the schema engine holds the lock while it runs, and the CLI reports it', async () => {
    const database = await createTestDatabase('pglite');
    const dataDir = database.env.PGLITE_DATA_DIR!;
    const url = toCliDatasourceUrl({ kind: 'pglite', dataDir });
    const engine = spawn(process.execPath, [SHIM_PATH, '--datasource', JSON.stringify({ url })], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const project = createTestProject(database);
    try {
      // The engine opens the database on its first request.
      engine.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'getDatabaseVersion' })}\n`);
      const [line] = await once(createInterface({ input: engine.stdout }), 'line');
      expect(JSON.parse(line)).toMatchObject({ id: 1, result: expect.stringContaining('PGlite') });

      await expect(acquirePgliteLock(dataDir, { waitMs: 0 })).rejects.toThrow(lockedMessage(dataDir, engine.pid!));
      const status = await project.prisma('migrate', 'status');
      expect(status.exitCode).not.toBe(0);
      expect(status.output).toContain(lockedMessage(dataDir, engine.pid!));

      // Ending its input is how the CLI stops it: it closes PGlite, then lets go of the lock.
      engine.stdin.end();
      const [exitCode] = await once(engine, 'exit');
      expect(exitCode).toBe(0);
      expect(existsSync(join(dataDir, PGLITE_LOCK_FILE))).toBe(false);
    } finally {
      engine.kill();
      project.remove();
      await database.drop();
    }
  });
});
