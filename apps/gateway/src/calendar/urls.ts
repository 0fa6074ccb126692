// The calendar's public addresses, served by routes.ts; shown by the API and the public pages next
// to what they export. `publicUrl` is the gateway's origin (PUBLIC_URL), with or without a final slash.

const origin = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

/** One workshop as an .ics file. */
export function workshopIcsUrl(publicUrl: string, slug: string): string {
  return `${origin(publicUrl)}/calendar/workshops/${encodeURIComponent(slug)}.ics`;
}

/** The public feed of the published workshops to come. */
export function publicFeedUrl(publicUrl: string): string {
  return `${origin(publicUrl)}/calendar/workshops.ics`;
}

/** A member's private feed: the secret in the path is the credential. */
export function privateFeedUrl(publicUrl: string, secret: string): string {
  return `${origin(publicUrl)}/calendar/feed/${encodeURIComponent(secret)}.ics`;
}

/** The workshop's public page. */
export function workshopPageUrl(publicUrl: string, slug: string): string {
  return `${origin(publicUrl)}/ateliers/${encodeURIComponent(slug)}`;
}
