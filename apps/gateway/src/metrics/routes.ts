// The route label of a request path for metrics: a small fixed set ("/membres/:handle", "/console/*",
// "portal"…), never the raw path, so a scanner's random URLs cannot create new time series.
const EXACT = new Set([
  '/photos',
  '/graphql',
  '/graphql/schema.graphql',
  '/healthz',
  '/readyz',
  '/metrics',
  '/',
  '/annuaire',
  '/ateliers',
  '/sitemap.xml',
  '/robots.txt',
]);
const WITH_PARAMETER: Record<string, string> = {
  membres: '/membres/:handle',
  collectifs: '/collectifs/:slug',
  ateliers: '/ateliers/:slug',
  calendar: '/calendar/*',
  console: '/console/*',
  assets: '/assets/*',
  photos: '/photos/*',
};

export function routeOf(path: string): string {
  if (EXACT.has(path)) return path;
  const first = path.split('/')[1] ?? '';
  if (path.startsWith('/membres/') && path.endsWith('/contact')) return '/membres/:handle/contact';
  if (path === '/console') return '/console/*';
  return WITH_PARAMETER[first] ?? 'portal';
}
