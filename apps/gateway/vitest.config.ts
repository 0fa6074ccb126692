// Vitest for the gateway: one graphql instance for sources and dependencies, a migrated test
// database built once per run, long timeouts for a shared two-core machine.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

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
  },
});
