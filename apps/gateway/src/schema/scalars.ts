// Custom scalars.
import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';

function parseDateTime(value: unknown): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError(
    'DateTime must be an ISO 8601 date-time with a time zone, e.g. "2026-03-14T09:30:00+01:00".',
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

builder.scalarType('DateTime', {
  description:
    'An instant, serialised as an ISO 8601 string in UTC (e.g. "2026-03-14T08:30:00.000Z"). Inputs must carry a time zone offset. The federation displays times in Europe/Paris.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be given as a string.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDateTime(ast.value);
  },
});
