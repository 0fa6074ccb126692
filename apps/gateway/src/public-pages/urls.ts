// Addresses of the public pages (French, as visitors see them) and of the portal screens they link to.
import type { Lang } from './i18n.ts';

const segment = (value: string) => encodeURIComponent(value);

export const paths = {
  home: '/',
  directory: '/annuaire',
  calendar: '/ateliers',
  sitemap: '/sitemap.xml',
  member: (handle: string) => `/membres/${segment(handle)}`,
  memberContact: (handle: string) => `/membres/${segment(handle)}/contact`,
  collective: (slug: string) => `/collectifs/${segment(slug)}`,
  workshop: (slug: string) => `/ateliers/${segment(slug)}`,
  // Portal screens.
  signIn: '/connexion',
  apply: '/candidature',
  introduction: (handle: string) => `/reseau/${segment(handle)}?contact=1`,
  signInThen: (path: string) => `/connexion?retour=${encodeURIComponent(path)}`,
} as const;

/** The path with ?lang=en added for English pages (French is the default and carries nothing). */
export function withLang(path: string, lang: Lang): string {
  if (lang === 'fr') return path;
  const [beforeHash, hash] = path.split('#', 2) as [string, string | undefined];
  const joined = `${beforeHash}${beforeHash.includes('?') ? '&' : '?'}lang=en`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}

/** An absolute address on the public origin (PUBLIC_URL), for canonical links, OpenGraph, JSON-LD and the sitemap. */
export function absolute(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/$/, '')}${path}`;
}
