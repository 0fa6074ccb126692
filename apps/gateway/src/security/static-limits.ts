// Limits checked once per document while it is parsed and validated (Yoga caches both, so a
// document the apps send again costs nothing): tokens, depth, aliases, directives, through
// graphql-armor; and no field suggestions in production (they would reveal the schema to someone
// probing without introspection). Yoga itself codes parse and validation errors
// GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED.
// The cost limit needs the variables, so it is checked just before execution (rate-limit.ts).
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { securityError, type SecurityCode } from './errors.ts';
import type { StaticLimits } from './limits.ts';

export function staticLimitPlugins(limits: StaticLimits, options: { production: boolean }): Plugin[] {
  const report =
    (code: SecurityCode, describe: (limit: number, found: string) => string, limit: number) =>
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      const coded = securityError(code, describe(limit, found ?? `more than ${limit}`), {
        limit,
        ...(found ? { found: Number(found) } : {}),
      });
      // Validation rules report; the token counter runs inside the parser and can only throw.
      if (context) context.reportError(coded);
      else throw coded;
    };

  const armor = new EnvelopArmor({
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.production, mask: '' },
    maxTokens: {
      n: limits.maxTokens,
      propagateOnRejection: false,
      onReject: [
        report(
          'TOO_MANY_TOKENS',
          (limit) => `The document has more than ${limit} tokens. Send smaller operations.`,
          limits.maxTokens,
        ),
      ],
    },
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      // Introspection has its own cap on nested lists (see cost.ts).
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [
        report(
          'QUERY_TOO_DEEP',
          (limit, found) =>
            `The operation nests fields ${found} levels deep; the limit is ${limit}. Flatten it, or fetch the deeper data in a second operation.`,
          limits.maxDepth,
        ),
      ],
    },
    maxAliases: {
      n: limits.maxAliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: [
        report(
          'TOO_MANY_ALIASES',
          (limit, found) =>
            `The operation uses ${found} aliases; the limit is ${limit}. Use list fields or connections instead of aliasing the same field.`,
          limits.maxAliases,
        ),
      ],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [
        report(
          'TOO_MANY_DIRECTIVES',
          (limit, found) => `The operation uses ${found} directives; the limit is ${limit}.`,
          limits.maxDirectives,
        ),
      ],
    },
  });

  return armor.protect().plugins as Plugin[];
}
