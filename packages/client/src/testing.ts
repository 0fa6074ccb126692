// For component tests: a client that answers every query with what the test says, or never.
import type { Client, OperationResult } from '@urql/core';
import { concat, fromValue, never, type Source } from 'wonka';

type Answer = Partial<Pick<OperationResult, 'data' | 'error'>> | 'pending';

/**
 * `answer` is called for each query the component runs. A result is followed by an open source,
 * as with the real client (a completed source would make urql forget an error).
 */
export function staticClient(answer: (query: { operationName: string | undefined; variables: unknown }) => Answer) {
  const executeQuery = (request: {
    query: { definitions: readonly { name?: { value: string } }[] };
    variables: unknown;
  }) => {
    const result = answer({ operationName: request.query.definitions[0]?.name?.value, variables: request.variables });
    return (
      result === 'pending' ? never : concat([fromValue({ stale: false, hasNext: false, ...result }), never])
    ) as Source<OperationResult>;
  };
  const calls: string[] = [];
  const client = {
    executeQuery: (request: Parameters<typeof executeQuery>[0]) => {
      calls.push(request.query.definitions[0]?.name?.value ?? '');
      return executeQuery(request);
    },
    executeMutation: () => never,
    executeSubscription: () => never,
  } as unknown as Client;
  return { client, calls };
}
