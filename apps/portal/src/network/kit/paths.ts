// Where the network screens live in the portal (the public directory, /annuaire, and public pages,
// /membres/:handle, are the server's).
export const NETWORK_PATHS = {
  directory: '/reseau',
  member: '/reseau/:handle',
  profile: '/profil',
  page: '/profil/page',
  introductions: '/mises-en-relation',
} as const;

export const memberPath = (handle: string) => `/reseau/${encodeURIComponent(handle)}`;
