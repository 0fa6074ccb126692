// For the workshops, notifications, contributions and settings tests: a GraphQL endpoint in a
// function. Each operation the screen sends (by name, with its variables) gets what the test
// answers; everything sent is recorded. `graphcache: true` runs the portal's real client
// (normalised cache, cache updates, optimistic results, persisted hashes, subscriptions over fetch).
import { createEkoClient } from '@ekoacteurs/client';
import { render } from '@testing-library/react';
import { Client, fetchExchange } from '@urql/core';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

export type Answer = { data?: unknown; errors?: unknown[] } | 'pending' | 'offline';

export interface Sent {
  name: string;
  variables: Record<string, unknown>;
}

export const VIEWER = {
  __typename: 'Member' as const,
  id: 'TWVtYmVyOmNhbWlsbGU=',
  handle: 'camille-martin',
  displayName: 'Camille Martin',
  avatarUrl: null,
  email: 'camille.martin@example.fr',
  status: 'ACTIVE' as const,
  role: 'MEMBER' as const,
};

export function stubEndpoint(
  answer: (name: string, variables: Record<string, unknown>) => Answer | Promise<Answer>,
  options: { graphcache?: boolean } = {},
) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = init?.method ?? 'GET';
    let name = '';
    let variables: Record<string, unknown> = {};
    if (method === 'GET') {
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
  const client = options.graphcache
    ? createEkoClient({
        persisted: true,
        url: 'http://portal.test/graphql',
        fetch: fetch as typeof globalThis.fetch,
        clientName: 'portal-test',
      })
    : new Client({
        url: 'http://portal.test/graphql',
        exchanges: [fetchExchange],
        fetch: fetch as typeof globalThis.fetch,
        preferGetMethod: false,
      });
  return { client, sent, calls: (name: string) => sent.filter((s) => s.name === name) };
}

export function renderAt(path: string, client: Client, ui: ReactNode) {
  const location = memoryLocation({ path, record: true });
  const view = render(
    <Provider value={client}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        {ui}
      </Router>
    </Provider>,
  );
  return { ...view, location };
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
