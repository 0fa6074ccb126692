// Vitest for the database package: the migrated test database is built once per run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./src/test-global-setup.ts'],
  },
});
