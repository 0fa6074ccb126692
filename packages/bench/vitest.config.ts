// Vitest for the bench's own tests (statistics, documents): the gateway's sources they import must
// share Node's CommonJS graphql with Pothos, Yoga and the federation libraries, as in the gateway.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
  },
});
