// The real client (createEkoClient: Graphcache with the cache parts of src/cache) over a stub
// endpoint that answers each operation with what the test says, and records what was sent.
import { createEkoClient } from '../src/index.ts';

/** A GraphQL response body, "pending" (never answers) or "offline" (the network fails). */
export type Answer = { data?: unknown; errors?: unknown[] } | 'pending' | 'offline';

export { VIEWER, VIEWER_ID } from './fixtures/viewer.ts';
import { VIEWER } from './fixtures/viewer.ts';

export function stubEndpoint(answer: (name: string, variables: Record<string, unknown>) => Answer | Promise<Answer>) {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    let name = '';
    let variables: Record<string, unknown> = {};
    if ((init?.method ?? 'GET') === 'GET') {
      name = url.searchParams.get('operationName') ?? '';
      variables = JSON.parse(url.searchParams.get('variables') ?? '{}');
    } else {
      const body = JSON.parse(String(init?.body ?? '{}'));
      name = body.operationName ?? '';
      variables = body.variables ?? {};
    }
    sent.push({ name, variables });
    const result =
      name === 'Viewer' ? { data: { __typename: 'Query', viewer: VIEWER } } : await answer(name, variables);
    if (result === 'pending') return new Promise(() => {});
    if (result === 'offline') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = createEkoClient({
    persisted: true,
    url: 'http://portal.test/graphql',
    fetch: fetch as typeof globalThis.fetch,
    clientName: 'portal-test',
  });
  return {
    client,
    sent,
    /** What was sent for one operation, in order. */
    calls: (name: string) => sent.filter((entry) => entry.name === name),
  };
}

export const mutation = (field: string, payload: unknown) => ({ data: { __typename: 'Mutation', [field]: payload } });
export const query = (fields: Record<string, unknown>) => ({ data: { __typename: 'Query', ...fields } });
