// The kit's own tests: components rendered in happy-dom, as the apps test theirs.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: { environment: 'happy-dom', setupFiles: ['./test/setup.ts'] },
});
