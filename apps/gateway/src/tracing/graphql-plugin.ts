// Yoga plugin: one span per GraphQL operation, child of the request's span, named "query Viewer"
// (type and operation name, "anonymous" without one), with the operation's name and type as
// attributes and, when the result has errors, their codes and an error status. It is the current
// span while the operation executes, so the database statements it sends are its children.
import { context, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const tracer = trace.getTracer('ekoacteurs-gateway');

function errorCodes(result: unknown): string[] {
  const errors = (result as { errors?: readonly { extensions?: { code?: unknown } }[] } | undefined)?.errors ?? [];
  return errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

export function tracingPlugin(): Plugin {
  const end = (span: Span, result: unknown) => {
    const codes = errorCodes(result);
    if (codes.length > 0) {
      span.setAttribute('graphql.error.codes', codes);
      span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
    }
    span.end();
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operations = (args.document as DocumentNode).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const operation = args.operationName
        ? operations.find((o) => o.name?.value === args.operationName)
        : operations[0];
      const type = operation?.operation ?? 'query';
      const name = (operation?.name?.value ?? 'anonymous').slice(0, 100);
      const span = tracer.startSpan(`${type} ${name}`, {
        attributes: { 'graphql.operation.name': name, 'graphql.operation.type': type },
      });
      // The operation's span is current while it executes: what resolvers do (database statements
      // included) are its children.
      setExecuteFn((executeArgs) => context.with(trace.setSpan(context.active(), span), () => executeFn(executeArgs)));
      return {
        onExecuteDone({ result }) {
          // A subscription's stream: the span covers its start, not its whole life.
          end(span, Symbol.asyncIterator in Object(result) ? undefined : result);
        },
      };
    },
  };
}
