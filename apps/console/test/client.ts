// A client for component tests: queries and mutations answered as the test says (staticClient
// answers both by operation name), each mutation recorded with its variables.
import type { Client } from '@urql/core';
import { staticClient } from '@ekoacteurs/client/testing';

type Answer = ReturnType<Parameters<typeof staticClient>[0]>;
export interface Call {
  operationName: string | undefined;
  variables: any;
}

export function testClient(answer: (operation: Call) => Answer) {
  const { client, calls } = staticClient(answer);
  const mutations: Call[] = [];
  const executeQuery = (client as unknown as { executeQuery: (request: never) => unknown }).executeQuery;
  (client as unknown as { executeMutation: unknown }).executeMutation = (request: {
    query: { definitions: readonly { name?: { value: string } }[] };
    variables: unknown;
  }) => {
    mutations.push({ operationName: request.query.definitions[0]?.name?.value, variables: request.variables });
    return executeQuery(request as never);
  };
  return { client: client as Client, calls, mutations };
}
