// The console's addresses, under /console (French, as admins read them in the address bar).
export const ROUTES = {
  dashboard: '/',
  signIn: '/connexion',
  applications: '/candidatures',
  members: '/membres',
  member: '/membres/:id',
  workshops: '/ateliers',
  newWorkshop: '/ateliers/nouveau',
  workshop: '/ateliers/:slug',
  editWorkshop: '/ateliers/:slug/modifier',
  pages: '/pages',
  collectives: '/collectifs',
  audit: '/journal',
  integrations: '/integrations',
  webhook: '/integrations/webhooks/:id',
  outbox: '/boite-envoi',
  fediverse: '/fedivers',
} as const;

export const BASE = '/console';

/** A route with its parameters filled in, e.g. to(ROUTES.workshop, { slug }). */
export function to(route: string, params: Record<string, string>): string {
  return route.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/** A route parameter as given (global IDs may arrive percent-encoded). */
export function paramId(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '');
  } catch {
    return raw ?? '';
  }
}
