// The operations measured, each as the HTTP request an integrator (or a visitor, for the public
// pages and the calendar) sends: GraphQL documents as text with a Bearer token, or anonymously
// (answered from the shared public cache, apps/gateway/src/cache/). Visitors' requests carry the
// Accept-Encoding their real clients send (a browser, a calendar application's fetcher), so the
// gateway answers them compressed, as it does in production; integrators' scripts send none.
import type { Fixtures } from './fixtures.ts';
import { registrationPairs } from './fixtures.ts';

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Operation {
  name: string;
  description: string;
  /** A new request each call (they vary: handles, search words, workshops). */
  next(): HttpRequest;
  /**
   * Whether an answer is what the operation is for (checked before the load, and on every write),
   * given its body decoded (send.ts: fetch undoes the Content-Encoding the request accepted).
   */
  ok(status: number, body: string): boolean;
  /**
   * The same logical query, with the same parameters as a request of `next()`, for the hand-written
   * baseline (baseline-server.ts), when it has one: its data must equal the gateway's (checked first).
   */
  baseline?: (request: HttpRequest) => HttpRequest;
}

export const DIRECTORY = `query Directory($search: String) {
  members(first: 20, search: $search) {
    totalCount
    edges { node { handle displayName headline city region skills { level skill { name domain } } collectives { role collective { name slug } } } }
  }
}`;

export const PROFILE = `query Profile($handle: String!) {
  member(handle: $handle) {
    handle displayName headline bio city region pace paceNote canDo cannotDo wishes
    skills { level skill { name domain } }
    collectives { role collective { name slug } }
    page { slug title url }
    recommendationsReceived { totalCount }
    opportunitiesPosted(first: 5) { totalCount edges { node { title } } }
  }
}`;

export const UPCOMING_WORKSHOPS = `query UpcomingWorkshops {
  workshops(first: 20) {
    totalCount
    edges { node { slug title kind format startsAt endsAt capacity seatsLeft waitlistCount facilitators { handle displayName } skills { name } } }
  }
}`;

export const REGISTER = `mutation Register($workshopId: ID!) {
  registerForWorkshop(workshopId: $workshopId) {
    __typename
    ... on RegistrationSuccess { registration { status waitlistPosition } }
    ... on Error { code message }
  }
}`;

/** The per-request pipeline alone (identity, limits, parse, validate, execute, JSON): no resolver, no SQL. */
export const FLOOR = '{ __typename }';

export const DOCUMENTS = { DIRECTORY, PROFILE, UPCOMING_WORKSHOPS, REGISTER, FLOOR };

/** What browsers (Chromium, Firefox, Safari) send. */
export const BROWSER_ENCODINGS = 'gzip, deflate, br';
/** What Google Calendar's and Apple Calendar's subscription fetchers send. */
export const CALENDAR_FETCHER_ENCODINGS = 'gzip';

const graphql = (token: string, query: string, variables: Record<string, unknown> = {}): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json',
    authorization: `Bearer ${token}`,
  },
  body: JSON.stringify({ query, variables }),
});

/** A request to the hand-written baseline (its routes: baseline-server.ts). */
const bare = (path: string): HttpRequest => ({ method: 'POST', path, headers: { 'content-type': 'application/json' } });

/** A variable of a GraphQL request built by `graphql()`. */
const variable = (request: HttpRequest, name: string) =>
  String((JSON.parse(request.body!) as { variables: Record<string, unknown> }).variables[name]);

function rotate<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}

/** A GraphQL answer with data and no error. */
function answered(status: number, body: string): boolean {
  if (status !== 200) return false;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
    return parsed.data != null && !parsed.errors?.length;
  } catch {
    return false;
  }
}

export function operations(fixtures: Fixtures): Operation[] {
  const handle = rotate(fixtures.handles);
  const pageHandle = rotate(fixtures.pageHandles);
  const search = rotate(fixtures.searches);
  const pair = registrationPairs(fixtures);
  const token = fixtures.integratorToken;
  return [
    {
      name: 'floor',
      description: '`{ __typename }` sent like the others (Bearer token, text): the pipeline every request pays',
      next: () => graphql(token, FLOOR),
      ok: answered,
    },
    {
      name: 'directory',
      description: 'Directory page: 20 members with skills and collectives, by name',
      next: () => graphql(token, DIRECTORY),
      ok: answered,
      baseline: () => bare('/directory'),
    },
    {
      name: 'directory-search',
      description: 'Directory page with a search term (a skill name, full-text relevance)',
      next: () => graphql(token, DIRECTORY, { search: search() }),
      ok: answered,
      baseline: (request) => bare(`/search?q=${encodeURIComponent(variable(request, 'search'))}`),
    },
    {
      name: 'profile',
      description:
        'A member profile: card, skills, collectives, page, recommendations received and opportunities counts',
      next: () => graphql(token, PROFILE, { handle: handle() }),
      ok: (status, body) => answered(status, body) && JSON.parse(body).data.member !== null,
      baseline: (request) => bare(`/profile?handle=${encodeURIComponent(variable(request, 'handle'))}`),
    },
    {
      name: 'workshops',
      description: 'Upcoming workshops (20) with seats left, facilitators and skills',
      next: () => graphql(token, UPCOMING_WORKSHOPS),
      ok: answered,
      baseline: () => bare('/workshops'),
    },
    {
      name: 'register',
      description: 'registerForWorkshop: a different member and workshop each time (seat or waitlist)',
      next: () => {
        const { token: memberToken, workshopGlobalId } = pair();
        return graphql(memberToken, REGISTER, { workshopId: workshopGlobalId });
      },
      ok: (status, body) =>
        answered(status, body) && JSON.parse(body).data.registerForWorkshop.__typename === 'RegistrationSuccess',
    },
    {
      name: 'directory-anonymous',
      description: `The directory page asked anonymously (a partner site's page in a browser, without a token; Accept-Encoding: ${BROWSER_ENCODINGS}): served from the shared public cache`,
      next: () => ({
        method: 'POST',
        path: '/graphql',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          'accept-encoding': BROWSER_ENCODINGS,
        },
        body: JSON.stringify({ query: DIRECTORY, variables: {} }),
      }),
      ok: answered,
    },
    {
      name: 'public-directory',
      description: `The public directory, server-rendered HTML (GET /annuaire, as a browser: Accept-Encoding: ${BROWSER_ENCODINGS}): served from the shared public cache`,
      next: () => ({
        method: 'GET',
        path: '/annuaire',
        headers: { accept: 'text/html', 'accept-encoding': BROWSER_ENCODINGS },
      }),
      ok: (status, body) => status === 200 && body.includes('<html'),
    },
    {
      name: 'calendar-ics',
      description: `The public workshop calendar (GET /calendar/workshops.ics, as a calendar application's fetcher: Accept-Encoding: ${CALENDAR_FETCHER_ENCODINGS}): served from the shared public cache`,
      next: () => ({
        method: 'GET',
        path: '/calendar/workshops.ics',
        headers: { accept: 'text/calendar', 'accept-encoding': CALENDAR_FETCHER_ENCODINGS },
      }),
      ok: (status, body) => status === 200 && body.startsWith('BEGIN:VCALENDAR'),
    },
    {
      name: 'public-page',
      description: `A member’s public page, server-rendered HTML (GET /membres/:handle, as a browser: Accept-Encoding: ${BROWSER_ENCODINGS})`,
      next: () => ({
        method: 'GET',
        path: `/membres/${encodeURIComponent(pageHandle())}`,
        headers: { accept: 'text/html', 'accept-encoding': BROWSER_ENCODINGS },
      }),
      ok: (status, body) => status === 200 && body.includes('<html'),
    },
  ];
}
