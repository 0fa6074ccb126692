import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
// A build plugin of the kit's, by path: Vite bundles the config's relative imports (a package name would be left to Node, which does not load TypeScript).
import { firstPaint } from '../../packages/ui/src/first-paint.ts';
import { sharedHead } from '../../packages/ui/src/shared-head.ts';
import { routeManifest } from './build/route-manifest.ts';

// In development the gateway (pnpm dev) answers /graphql on port 4000.
export default defineConfig({
  base: '/',
  plugins: [react(), routeManifest(), sharedHead(), firstPaint({ headerClass: 'site-header portal-header' })],
  server: { port: 5173, proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { sourcemap: true, reportCompressedSize: true },
  test: { environment: 'happy-dom', setupFiles: ['./test/setup.ts'] },
});
