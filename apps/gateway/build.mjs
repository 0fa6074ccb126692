// Bundles the gateway for production into dist/server.mjs, and the operator's admin:create command
// into dist/admin-create.mjs. Workspace packages (TypeScript
// sources) are bundled in; npm packages stay external and load from node_modules, which is why
// the database drivers are also listed as the gateway's own dependencies.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.entries(pkg.dependencies)
  .filter(([, version]) => !String(version).startsWith('workspace:'))
  .flatMap(([name]) => [name, `${name}/*`]);

await build({
  entryPoints: { server: 'src/main.ts', 'admin-create': 'src/cli/admin-create.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  logLevel: 'warning',
  // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
console.log('Built dist/server.mjs and dist/admin-create.mjs');
