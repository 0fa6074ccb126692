// Where the portal screens that link to each other live (public pages of collectives, /collectifs/:slug,
// of members, /membres/:handle, and the public directory, /annuaire, are the server's).
export const COLLECTIVE_PATHS = {
  mine: '/mes-collectifs',
  one: '/mes-collectifs/:slug',
  browse: '/collectifs-a-rejoindre',
} as const;

export const collectivePath = (slug: string) => `/mes-collectifs/${encodeURIComponent(slug)}`;
export const NETWORK_PATHS = {
  directory: '/reseau',
  member: '/reseau/:handle',
  profile: '/profil',
  page: '/profil/page',
  introductions: '/mises-en-relation',
} as const;

export const memberPath = (handle: string) => `/reseau/${encodeURIComponent(handle)}`;
