// Cost limits and rate limits, checked just before execution (the cost needs the variables):
//   1. page sizes within 0…100, introspection nesting, cost ≤ maxCost (else 400, nothing runs);
//   2. the caller's budget for the current window pays the cost (else 429 + Retry-After).
// Every /graphql response then carries X-RateLimit-Limit / -Remaining / -Reset and X-Query-Cost.
// A request refused before execution (parse, validation, CSRF, …) is charged by the size of the
// document it sent (one point per REFUSED_CHARACTERS_PER_POINT characters, at least one), so even
// malformed floods spend the budget in proportion to the work they ask for.
import type { ExecutionArgs } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { rateLimitKey, type Caller } from '../auth/caller.ts';
import { operationCost } from './cost.ts';
import { securityError } from './errors.ts';
import { budgetOf, REFUSED_CHARACTERS_PER_POINT, type Limits } from './limits.ts';
import type { RateLimiter } from './limiter.ts';

const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;

export const RATE_LIMIT_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-query-cost',
] as const;

/** Points charged for a request that was refused before anything executed, by its document's size. */
export function refusedRequestCost(documentLength: number): number {
  return Math.max(1, Math.ceil(documentLength / REFUSED_CHARACTERS_PER_POINT));
}

interface Outcome {
  limit: number;
  remaining: number;
  resetMs: number;
  /** Points spent by this request. */
  charged: number;
}

export function rateLimitPlugins(deps: {
  limits: Limits;
  limiter: RateLimiter;
  callerOf: (request: Request) => Promise<Caller>;
  now?: () => number;
}): Plugin[] {
  const { limits, limiter, callerOf } = deps;
  const now = deps.now ?? Date.now;
  const outcomes = new WeakMap<Request, Outcome>();
  // Characters of the document each request sent, to charge it if it is refused before executing.
  const sizes = new WeakMap<Request, number>();
  // Buckets this process saw empty: refused without asking Redis until their window resets.
  const emptyUntil = new Map<string, { resetAt: number; limit: number }>();

  const seconds = (ms: number) => Math.max(ms > 0 ? 1 : 0, Math.ceil(ms / 1000));

  function record(request: Request, outcome: Outcome) {
    const previous = outcomes.get(request);
    outcomes.set(request, previous ? { ...outcome, charged: previous.charged + outcome.charged } : outcome);
  }

  /** `cost` is unknown when the request was refused before its document was read. */
  function rateLimited(outcome: Outcome, cost: number | null) {
    const retryAfter = seconds(outcome.resetMs);
    const budget = `${outcome.limit} points per ${seconds(limits.rate.windowMs)} s`;
    const situation =
      cost === null
        ? `none of your ${budget} are left`
        : `this operation costs ${points(cost)} and ${outcome.remaining} of your ${budget} are left`;
    return securityError(
      'RATE_LIMITED',
      `Rate limit reached: ${situation}. Retry in ${retryAfter} s, or ask for fewer items per operation.`,
      { ...(cost === null ? {} : { cost }), limit: outcome.limit, remaining: outcome.remaining, retryAfter },
      { 'Retry-After': String(retryAfter) },
    );
  }

  async function spend(request: Request, cost: number): Promise<{ outcome: Outcome; allowed: boolean }> {
    const caller = await callerOf(request);
    const key = rateLimitKey(caller);
    const result = await limiter.consume(key, cost, budgetOf(caller, limits.rate), limits.rate.windowMs);
    const outcome = {
      limit: result.limit,
      remaining: result.remaining,
      resetMs: result.resetMs,
      charged: result.allowed ? cost : 0,
    };
    if (result.remaining <= 0) {
      if (emptyUntil.size > 10_000) for (const [k, v] of emptyUntil) if (v.resetAt <= now()) emptyUntil.delete(k);
      emptyUntil.set(key, { resetAt: now() + result.resetMs, limit: result.limit });
    }
    record(request, outcome);
    return { outcome, allowed: result.allowed };
  }

  /** The reason not to run this operation, or null to run it. */
  async function admit(args: ExecutionArgs): Promise<Error | null> {
    const request = (args.contextValue as YogaInitialContext).request;
    const report = operationCost(
      args.schema,
      args.document,
      { operationName: args.operationName, variables: args.variableValues },
      limits,
    );
    if (report) {
      const tooLarge = report.pageSizeViolations[0];
      if (tooLarge) {
        return securityError(
          'PAGE_SIZE_TOO_LARGE',
          `"${tooLarge.argument}" on ${tooLarge.field} must be between 0 and ${limits.maxPageSize} (got ${tooLarge.value}). Page through larger results with "after" / "before".`,
          { field: tooLarge.field, argument: tooLarge.argument, limit: limits.maxPageSize, found: tooLarge.value },
        );
      }
      if (report.introspectionListDepth > limits.maxIntrospectionListDepth) {
        return securityError(
          'QUERY_TOO_DEEP',
          `Introspection nests ${report.introspectionListDepth} lists; the limit is ${limits.maxIntrospectionListDepth} (types › fields › args). Use the standard introspection query, or download the SDL.`,
          { limit: limits.maxIntrospectionListDepth, found: report.introspectionListDepth },
        );
      }
      if (report.cost > limits.maxCost) {
        return securityError(
          'QUERY_TOO_COMPLEX',
          `The operation costs ${report.cost} points; the limit is ${limits.maxCost}. Ask for smaller pages ("first" / "last") or fewer nested lists (docs/api.md explains the cost).`,
          { cost: report.cost, limit: limits.maxCost },
        );
      }
    }
    // Invalid variables or operation name: execution reports it without running a resolver.
    const cost = Math.max(1, report?.cost ?? 1);
    const { outcome, allowed } = await spend(request, cost);
    return allowed ? null : rateLimited(outcome, cost);
  }

  return [
    {
      // A caller whose window is known to be empty is refused before parsing anything.
      async onParams({ request, params, setResult }) {
        if (typeof params.query === 'string') sizes.set(request, params.query.length);
        if (emptyUntil.size === 0) return;
        const key = rateLimitKey(await callerOf(request));
        const empty = emptyUntil.get(key);
        if (!empty) return;
        const resetMs = empty.resetAt - now();
        if (resetMs <= 0) {
          emptyUntil.delete(key);
          return;
        }
        const outcome = { limit: empty.limit, remaining: 0, resetMs, charged: 0 };
        record(request, outcome);
        setResult({ errors: [rateLimited(outcome, null)] });
      },
      onExecute({ args, setResultAndStopExecution }) {
        return admit(args).then((refusal) => {
          if (refusal) setResultAndStopExecution({ errors: [refusal as never] });
        });
      },
      onSubscribe({ args, setResultAndStopExecution }) {
        return admit(args).then((refusal) => {
          if (refusal) setResultAndStopExecution({ errors: [refusal as never] });
        });
      },
      async onResponse({ request, response }) {
        if (request.method === 'OPTIONS') return;
        let outcome = outcomes.get(request);
        if (!outcome) {
          try {
            const cost = refusedRequestCost(sizes.get(request) ?? 0);
            const spent = await spend(request, cost);
            outcome = spent.outcome;
            // Not enough left for the whole charge: what is left is spent.
            if (!spent.allowed && outcome.remaining > 0) await spend(request, outcome.remaining);
            outcome = outcomes.get(request) ?? outcome;
          } catch {
            return; // the caller could not be identified (e.g. an invalid token): no budget to report
          }
        }
        response.headers.set('x-ratelimit-limit', String(outcome.limit));
        response.headers.set('x-ratelimit-remaining', String(outcome.remaining));
        response.headers.set('x-ratelimit-reset', String(seconds(outcome.resetMs)));
        response.headers.set('x-query-cost', String(outcome.charged));
      },
    },
  ];
}
