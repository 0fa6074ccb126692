import { defineConfig } from 'vitest/config';

// Journeys share one built gateway and one browser per file; files run one after another
// (two cores: a browser and a gateway each want one).
export default defineConfig({
  test: {
    include: ['journeys/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
