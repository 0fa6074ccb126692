// The last look at every answer before it is sent (Yoga's onResultProcess, so parse, validation,
// variable and field errors alike), keeping two promises of docs/errors.md:
//   - every error carries an `extensions.code`. graphql-js codes none of its own: a variable of
//     the wrong type, a missing required variable, a global ID that does not decode, a value the
//     database refuses as malformed (Prisma P2007) get BAD_USER_INPUT (the caller's to fix); any
//     other uncoded error gets INTERNAL_SERVER_ERROR (production masks those before this runs);
//   - in production no answer hints at the schema: "Did you mean …?" suggestions (fields, enum
//     values, arguments, types) are cut from every message, wherever graphql-js wrote them.
// Streams (SSE) are left alone: their events are produced by resolvers that code their errors.
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { rewordedError } from '../errors.ts';

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The code an uncoded error gets: the caller's mistake when graphql-js or Pothos refused the input. */
function codeFor(error: GraphQLError): string {
  if (!error.path) return 'BAD_USER_INPUT'; // request-level: variables, operation name
  if (/^Invalid global ID\b/.test(error.message)) return 'BAD_USER_INPUT';
  if (error.originalError === undefined || error.originalError instanceof GraphQLError) return 'BAD_USER_INPUT';
  // Prisma's P2007: the database refused a value of the caller's (e.g. an ID that is not a UUID).
  if ((error.originalError as { code?: unknown }).code === 'P2007') return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}

function fix(error: GraphQLError, production: boolean): GraphQLError {
  const coded = typeof error.extensions?.code === 'string';
  const message = production ? error.message.replace(SUGGESTION, '') : error.message;
  if (coded && message === error.message) return error;
  return rewordedError(error, message, coded ? error.extensions : { ...error.extensions, code: codeFor(error) });
}

function fixResult<T extends ExecutionResult>(result: T, production: boolean): T {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => (error instanceof GraphQLError ? fix(error, production) : error));
  return errors.every((error, index) => error === result.errors![index]) ? result : { ...result, errors };
}

export function errorCodesPlugin(options: { production: boolean }): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((one) => fixResult(one, options.production)));
      else if (!(Symbol.asyncIterator in result)) setResult(fixResult(result, options.production));
    },
  };
}
