// The GraphQL side of the public cache (a Yoga plugin):
//   - every operation runs in a write scope (cache/invalidation.ts): the tags its writes touched are
//     bumped once its resolvers are done, before the response is sent, so the next read anywhere
//     sees the write;
//   - an anonymous query that reads only public root fields (the directory, a member, workshops…)
//     is answered from the shared cache when an identical one (document, variables, language) was
//     answered since the last write to public data, and stored when it is answered without error.
// Placed after the security plugins: a cached answer still counts against the caller's rate limit
// and passes the same depth, cost and persisted-operation checks.
import { createHash } from 'node:crypto';
import { getOperationAST, print, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { inWriteScope } from './invalidation.ts';
import type { SharedCache } from './store.ts';
import { ALL_TAGS } from './tags.ts';

/** Root fields whose answers are the same for every visitor (what the visibility rule shows to anyone). */
const PUBLIC_ROOT_FIELDS = new Set([
  'members',
  'member',
  'collectives',
  'collective',
  'workshops',
  'workshop',
  'skills',
  'publicPages',
  'visibilityPage',
  'opportunities',
  'opportunity',
  'federationStats',
  '__typename',
]);

/** A cached anonymous answer lives at most this long (answers that depend on the hour: "to come"). */
export const GRAPHQL_TTL_MS = 60_000;

const documentKeys = new WeakMap<DocumentNode, string>();

function documentKey(document: DocumentNode): string {
  let key = documentKeys.get(document);
  if (key === undefined)
    documentKeys.set(document, (key = createHash('sha256').update(print(document)).digest('base64url')));
  return key;
}

/** The variables as the request sent them (not yet checked against their types), hashed; null when
 * they cannot be written out (nested thousands deep): such a request is not cached, and the
 * executor refuses it with BAD_USER_INPUT. */
function variablesKey(variables: Record<string, unknown> | null | undefined): string | null {
  let text: string;
  try {
    text = JSON.stringify(variables ?? {});
  } catch {
    return null;
  }
  return createHash('sha256').update(text).digest('base64url');
}

function onlyPublicFields(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === 'Field' && PUBLIC_ROOT_FIELDS.has(selection.name.value),
  );
}

export function publicCachePlugin(cache: SharedCache): Plugin {
  return {
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      setExecuteFn((executionArgs) =>
        inWriteScope(
          () => executeFn(executionArgs),
          (tags) => cache.bump(tags),
        ),
      );
      const context = args.contextValue as Partial<Context>;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (context.caller?.kind !== 'anonymous' || operation?.operation !== 'query' || !onlyPublicFields(operation))
        return;
      const variables = variablesKey(args.variableValues);
      if (variables === null) return;
      const key = `gql:${documentKey(args.document)}:${args.operationName ?? ''}:${context.lang ?? ''}:${variables}`;
      const found = await cache.get(key, ALL_TAGS);
      if (found.hit) {
        setResultAndStopExecution(JSON.parse(found.hit.value) as ExecutionResult);
        return;
      }
      const { versions } = found;
      return {
        async onExecuteDone({ result }) {
          const answer = result as ExecutionResult;
          if (!versions || Symbol.asyncIterator in Object(answer) || answer.errors?.length) return;
          await cache.set(key, versions, JSON.stringify(answer), GRAPHQL_TTL_MS);
        },
      };
    },
  };
}
