// Where the opportunity board lives in the portal.
export const OPPORTUNITY_PATHS = {
  board: '/opportunites',
  one: '/opportunites/:id',
} as const;

/** Global IDs may hold "/" or "=": they travel encoded in the address. */
export const opportunityPath = (id: string) => `/opportunites/${encodeURIComponent(id)}`;

export function idFromPath(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
