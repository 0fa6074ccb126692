// Database selection and the datasource URL that carries it to the schema-engine shim.
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromCliDatasourceUrl } from '../engine/datasource-url.mjs';
import { resolveDatabaseTarget, toCliDatasourceUrl, type DatabaseTarget } from '../src/database-url.ts';
import { PACKAGE_DIR } from './engine-harness.ts';

describe('resolveDatabaseTarget', () => {
  const url = 'postgresql://postgres@127.0.0.1:5432/ekoacteurs';

  test('DATABASE_URL selects PostgreSQL', () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: url, PGLITE_DATA_DIR: '/ignored' })).toEqual({
      kind: 'postgres',
      url,
    });
    expect(resolveDatabaseTarget({ DATABASE_URL: 'postgres://db/x' })).toEqual({
      kind: 'postgres',
      url: 'postgres://db/x',
    });
  });

  test('without DATABASE_URL, PGlite in PGLITE_DATA_DIR or <repo root>/.data/pglite', () => {
    expect(resolveDatabaseTarget({})).toEqual({ kind: 'pglite', dataDir: join(PACKAGE_DIR, '../../.data/pglite') });
    expect(resolveDatabaseTarget({ DATABASE_URL: '', PGLITE_DATA_DIR: 'relative/dir' })).toEqual({
      kind: 'pglite',
      dataDir: resolve('relative/dir'),
    });
  });

  test('rejects a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => resolveDatabaseTarget({ DATABASE_URL: 'mysql://db/x' })).toThrow(/PostgreSQL URL/);
  });
});

describe('the CLI datasource URL', () => {
  test('carries a PGlite data directory to the engine and back', () => {
    expect(toCliDatasourceUrl({ kind: 'pglite', dataDir: '/srv/eko data/pglite' })).toBe(
      'postgresql://pglite/postgres?dataDir=%2Fsrv%2Feko%20data%2Fpglite',
    );
    const targets: DatabaseTarget[] = [
      { kind: 'pglite', dataDir: '/tmp/odd ?&=#%é/data' },
      { kind: 'postgres', url: 'postgresql://user:secret@db.example:6543/app?sslmode=require' },
    ];
    for (const target of targets) expect(fromCliDatasourceUrl(toCliDatasourceUrl(target))).toEqual(target);
  });
});
