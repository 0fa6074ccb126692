import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Served by the gateway under /console; in development the gateway (pnpm dev) answers /graphql.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  server: { port: 5174, proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { sourcemap: true, reportCompressedSize: true },
  test: { environment: 'happy-dom', setupFiles: ['./test/setup.ts'] },
});
