// Vitest for the gateway: one graphql instance for sources and dependencies, a migrated test
// database built once per run, long timeouts for a shared two-core machine.
import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Files that set process.env (which database, which replicas) for themselves at import time.
// Also the files that replace a module with vi.mock (a module shared by a worker cannot be replaced).
const SETS_ENVIRONMENT = [
  'test/resilience/**/*.test.ts',
  'test/ledger/append-only.test.ts',
  'test/identity/lockout.test.ts',
];

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Pothos and Yoga; our sources must get the same
    // instance, or graphql-js refuses to mix "two copies" of its types.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // The migrated test database (PGlite dump or PostgreSQL template) is built once, before the files.
    globalSetup: [require.resolve('@ekoacteurs/db/test-global-setup')],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'gateway',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SETS_ENVIRONMENT],
          // Each worker imports the schema and server once and runs its files one after another
          // (every file starts its own gateway on its own database; the sources keep no module state
          // between requests other than per-request WeakMaps).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'gateway:environment', include: SETS_ENVIRONMENT } },
    ],
  },
});
