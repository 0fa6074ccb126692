// A GraphQL endpoint in a function, for the client's cache tests and the portal's screen tests
// (`@ekoacteurs/client/test-support`): each operation sent (by name, with its variables) gets what
// the test answers, `Viewer` gets the signed-in member, and everything sent is recorded. The client
// over it is the real one (createEkoClient: Graphcache with the cache parts of src/cache, persisted
// hashes) unless `plain` asks for a client without a cache.
import { Client, fetchExchange } from '@urql/core';
import { createEkoClient } from '../src/index.ts';
import { VIEWER } from './fixtures/viewer.ts';

/** A GraphQL response body, "pending" (never answers) or "offline" (the network fails). */
export type Answer = { data?: unknown; errors?: unknown[] } | 'pending' | 'offline';

const URL_BASE = 'http://portal.test/graphql';

export function stubEndpoint(
  answer: (name: string, variables: Record<string, unknown>) => Answer | Promise<Answer>,
  options: { plain?: boolean; /** The viewer query never answers. */ holdViewer?: boolean } = {},
) {
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
      name === 'Viewer'
        ? options.holdViewer
          ? 'pending'
          : { data: { __typename: 'Query', viewer: VIEWER } }
        : await answer(name, variables);
    if (result === 'pending') return new Promise(() => {});
    if (result === 'offline') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = options.plain
    ? new Client({
        url: URL_BASE,
        exchanges: [fetchExchange],
        fetch: fetch as typeof globalThis.fetch,
        preferGetMethod: false,
      })
    : createEkoClient({
        persisted: true,
        url: URL_BASE,
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
/** A mutation's refusal for invalid input, with the fields that are wrong. */
export const validationError = (fieldErrors: { path: string[]; message: string }[]) => ({
  __typename: 'ValidationError',
  message: 'Invalid input.',
  fieldErrors: fieldErrors.map((error) => ({ __typename: 'FieldError', ...error })),
});

/** Waits for the client's pending work (fetches resolve on later ticks). */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
