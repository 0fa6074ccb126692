// Where the workshop screens live (the public pages /ateliers and /ateliers/:slug are the server's).
export const WORKSHOP_PATHS = {
  agenda: '/agenda',
  one: '/agenda/:slug',
  mine: '/mes-ateliers',
} as const;

export const workshopPath = (slug: string) => `/agenda/${encodeURIComponent(slug)}`;
