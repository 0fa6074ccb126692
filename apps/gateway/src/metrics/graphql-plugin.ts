// Yoga plugin feeding the GraphQL metrics: each request's duration by operation name and type,
// errors by their stable code, and open subscription streams (Server-Sent Events). Operation names
// are labels only when the apps' persisted documents define them: anything else is "other" (or
// "anonymous"), so callers cannot create time series at will.
import type { Plugin } from 'graphql-yoga';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { GatewayMetrics } from './registry.ts';

interface Operation {
  name: string;
  type: string;
}

const UNKNOWN: Operation = { name: 'unknown', type: 'unknown' };

/** Operation names defined by the persisted documents (the portal's and the console's). */
export function knownOperationNames(documents: Record<string, string>): Set<string> {
  const names = new Set<string>();
  for (const text of Object.values(documents)) {
    for (const match of text.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g))
      names.add(match[1]!);
  }
  return names;
}

function operationOf(document: DocumentNode, operationName: string | null | undefined, known: Set<string>): Operation {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations[0];
  if (!operation) return UNKNOWN;
  const name = operation.name?.value;
  return { name: !name ? 'anonymous' : known.has(name) ? name : 'other', type: operation.operation };
}

export function metricsPlugin(metrics: GatewayMetrics, known: Set<string>): Plugin {
  const started = new WeakMap<Request, bigint>();
  const operations = new WeakMap<Request, Operation>();
  return {
    onRequest({ request }) {
      started.set(request, process.hrtime.bigint());
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (request) operations.set(request, operationOf(args.document, args.operationName, known));
    },
    onSubscribe({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const operation = operationOf(args.document, args.operationName, known);
      if (request) operations.set(request, operation);
      return {
        onSubscribeResult({ result }) {
          if (!result || !(Symbol.asyncIterator in (result as object))) return undefined;
          metrics.sseStreams.inc({ operation: operation.name });
          let ended = false;
          return {
            onEnd() {
              if (ended) return;
              ended = true;
              metrics.sseStreams.dec({ operation: operation.name });
            },
          };
        },
      };
    },
    onResultProcess({ request, result }) {
      const operation = operations.get(request) ?? UNKNOWN;
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors = (single as { errors?: readonly { extensions?: { code?: unknown } }[] } | null)?.errors ?? [];
        for (const error of errors) {
          const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL';
          metrics.graphqlErrors.inc({ operation: operation.name, code });
        }
      }
    },
    onResponse({ request }) {
      const start = started.get(request);
      if (start === undefined) return;
      const operation = operations.get(request) ?? UNKNOWN;
      metrics.graphqlDuration.observe(
        { operation: operation.name, type: operation.type },
        Number(process.hrtime.bigint() - start) / 1e9,
      );
    },
  };
}
