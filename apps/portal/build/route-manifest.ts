// A Vite plugin that writes dist/routes.json: the path patterns of every portal screen, read from the
// same `src/*/routes.ts` modules App.tsx gathers. The gateway serves the portal's shell only for these
// (src/static-files.ts); any other address gets the public site's 404 page. No list kept by hand.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

export const ROUTE_MANIFEST = 'routes.json';

export function routeManifest(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ekoacteurs-route-manifest',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      // Evaluates the route modules (their screens stay behind lazy imports, never loaded here).
      const server = await createServer({
        configFile: false,
        root: config.root,
        logLevel: 'silent',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
        esbuild: { jsx: 'automatic' },
      });
      try {
        const module = (await server.ssrLoadModule('/src/route-paths.ts')) as { routePaths: () => string[] };
        const paths = module.routePaths();
        if (paths.length === 0) throw new Error('route-manifest: no portal route found');
        writeFileSync(join(config.root, config.build.outDir, ROUTE_MANIFEST), `${JSON.stringify(paths, null, 2)}\n`);
      } finally {
        await server.close();
      }
    },
  };
}
