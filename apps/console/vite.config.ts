import react from '@vitejs/plugin-react';
// A build plugin of the kit's, by path: Vite bundles the config's relative imports (a package name would be left to Node, which does not load TypeScript).
import { firstPaint } from '../../packages/ui/src/first-paint.ts';
import { sharedHead } from '../../packages/ui/src/shared-head.ts';
import { defineConfig } from 'vitest/config';

// Served by the gateway under /console; in development the gateway (pnpm dev) answers /graphql.
export default defineConfig({
  base: '/console/',
  plugins: [react(), sharedHead(), firstPaint({ headerClass: 'site-header' })],
  server: { port: 5174, proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { sourcemap: true, reportCompressedSize: true },
  test: { environment: 'happy-dom', setupFiles: ['./test/setup.ts'] },
});
