// For the profile, network and introductions tests: a GraphQL endpoint in a function. Each
// operation the screen sends gets what the test answers ("pending" never answers); everything sent
// is recorded. The client is the portal's real one (Graphcache with its cache updates, optimistic
// results, persisted hashes) unless `plain` is asked.
import { createEkoClient } from '@ekoacteurs/client';
import { render } from '@testing-library/react';
import { Client, fetchExchange } from '@urql/core';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

export type Answer = { data?: unknown; errors?: unknown[] } | 'pending' | 'offline';

export { VIEWER_ID } from '@ekoacteurs/client/test-fixtures/viewer';
import { VIEWER } from '@ekoacteurs/client/test-fixtures/viewer';

export function endpoint(
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
        url: 'http://portal.test/graphql',
        exchanges: [fetchExchange],
        fetch: fetch as typeof globalThis.fetch,
        preferGetMethod: false,
      })
    : createEkoClient({
        persisted: true,
        url: 'http://portal.test/graphql',
        fetch: fetch as typeof globalThis.fetch,
        clientName: 'portal-test',
      });
  return { client, sent, calls: (name: string) => sent.filter((entry) => entry.name === name) };
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

export const mutation = (field: string, payload: unknown) => ({ data: { __typename: 'Mutation', [field]: payload } });
export const query = (fields: Record<string, unknown>) => ({ data: { __typename: 'Query', ...fields } });
export const validationError = (fieldErrors: { path: string[]; message: string }[]) => ({
  __typename: 'ValidationError',
  message: 'Invalid input.',
  fieldErrors: fieldErrors.map((error) => ({ __typename: 'FieldError', ...error })),
});

export const skill = (slug: string, name: string, domain: string, id = `U2tpbGw6${slug}`) => ({
  __typename: 'Skill',
  id,
  slug,
  name,
  nameEn: `${name} (en)`,
  domain,
});
export const SKILLS = [
  skill('identite-visuelle', 'Identité visuelle', 'COMMUNICATION'),
  skill('redaction', 'Rédaction', 'COMMUNICATION'),
  skill('gestion-de-projet', 'Gestion de projet', 'STRATEGY'),
  skill('appels-offres', 'Appels d’offres', 'PROSPECTING'),
];
export const taxonomy = () => query({ skills: SKILLS });

export { card } from '@ekoacteurs/client/test-fixtures/network';
