// Where the collectives screens live (public pages of collectives, /collectifs/:slug, are the server's).
export const COLLECTIVE_PATHS = {
  mine: '/mes-collectifs',
  one: '/mes-collectifs/:slug',
  browse: '/collectifs-a-rejoindre',
} as const;

export const collectivePath = (slug: string) => `/mes-collectifs/${encodeURIComponent(slug)}`;
