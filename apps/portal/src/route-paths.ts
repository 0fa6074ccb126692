// The path patterns of every portal screen, from the same route modules App.tsx renders; read at build
// time by build/route-manifest.ts so the gateway knows which addresses are the portal's.
import type { PortalRoute } from './routes.ts';

const modules = import.meta.glob<PortalRoute[]>('./*/routes.ts', { eager: true, import: 'routes' });

export function routePaths(): string[] {
  return [
    ...new Set(
      Object.values(modules)
        .flat()
        .map((route) => route.path),
    ),
  ].sort();
}
