// Yoga plugin: request-level errors (sign-in required, refusals, limits, unavailable database) leave in
// the caller's language (Accept-Language), as typed errors' messages do (schema/errors.ts). Codes,
// paths and extensions are kept; only `message` changes. Streams (SSE) are left alone.
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { languageOf, type Lang } from './language.ts';
import { rewordedError } from '../errors.ts';
import { localize } from './localize.ts';

function translated(error: GraphQLError, lang: Lang): GraphQLError {
  const message = localize(error.message, lang);
  if (message === error.message) return error;
  return rewordedError(error, message);
}

function translateResult<T extends ExecutionResult>(result: T, lang: Lang): T {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => (error instanceof GraphQLError ? translated(error, lang) : error));
  return errors.every((error, index) => error === result.errors![index]) ? result : { ...result, errors };
}

export function languagePlugin(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const lang = languageOf(request.headers.get('accept-language'));
      if (lang === 'en') return;
      if (Array.isArray(result)) setResult(result.map((one) => translateResult(one, lang)));
      else if (!(Symbol.asyncIterator in result)) setResult(translateResult(result, lang));
    },
  };
}
