// Vitest for the client: the cache tests run the real Graphcache over a stub fetch, in Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
  },
});
