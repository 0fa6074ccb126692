// The gateway's Yoga plugin for running on a shared, replicated, fallible database:
//   - database outages become DATABASE_UNAVAILABLE (503) rather than masked 500s, whether they
//     surface while identifying the caller (before anything else) or in a resolver;
//   - a mutation reads from the primary only (with DATABASE_REPLICA_URLS), so what it returns
//     includes what it just wrote, whatever the replicas' lag;
//   - malformed JSON in a GET request's `variables` or `extensions` is a 400, not a 500.
import { readFromPrimary } from '@ekoacteurs/db';
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { CallerOf } from '../auth/identify.ts';
import type { Logger } from '../logger.ts';
import { securityError } from '../security/errors.ts';
import { isDatabaseUnavailable } from '@ekoacteurs/db';
import { databaseUnavailableError, RETRY_AFTER_SECONDS } from './database-unavailable.ts';
import { outageLog } from './outage-log.ts';

type ResultPayload = { result: ExecutionResult; setResult(result: ExecutionResult): void };

export function resiliencePlugin(deps: { logger: Logger; callerOf: CallerOf }): Plugin {
  const report = outageLog(deps.logger);

  const mapErrors = ({ result, setResult }: ResultPayload) => {
    const outage = result.errors?.find((error) => isDatabaseUnavailable(error));
    if (!outage) return;
    report(outage);
    setResult({
      ...result,
      errors: result.errors!.map((error) => (isDatabaseUnavailable(error) ? databaseUnavailableError(error) : error)),
    });
  };
  const mapStreamOrResult = (payload: { result: unknown; setResult(result: ExecutionResult): void }) => {
    if (payload.result && typeof payload.result === 'object' && Symbol.asyncIterator in payload.result)
      return { onNext: mapErrors };
    mapErrors(payload as ResultPayload);
    return undefined;
  };

  return {
    // The caller is identified (session, token: a database read) by several plugins before
    // execution, where an error could only become a masked 500. Identify first, once (callerOf
    // memoises per request), and answer an outage here; any other refusal is left to those plugins.
    async onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS') return;
      try {
        await deps.callerOf(request);
      } catch (error) {
        if (!isDatabaseUnavailable(error)) return;
        report(error);
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [databaseUnavailableError().toJSON()] }), {
            status: 503,
            headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(RETRY_AFTER_SECONDS) },
          }),
        );
      }
    },
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      // Yoga parses GET parameters with a bare JSON.parse; its SyntaxError would be an internal error.
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw securityError('BAD_REQUEST', `"variables" and "extensions" must be JSON objects: ${error.message}.`);
        }
      });
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName ?? undefined)?.operation === 'mutation') {
        setExecuteFn((executionArgs) => readFromPrimary(() => executeFn(executionArgs)));
      }
      return { onExecuteDone: mapStreamOrResult };
    },
    onSubscribe() {
      return {
        onSubscribeResult: mapStreamOrResult,
        onSubscribeError({ error, setError }) {
          if (isDatabaseUnavailable(error)) setError(databaseUnavailableError());
        },
      };
    },
  };
}
