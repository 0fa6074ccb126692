// What a mutation's answer means for the screen: done (the payload), invalid (field errors to show
// where they belong), refused (a typed error: conflict, not found…), or failed (network, rights).
import type { CatalogueKey } from '@ekoacteurs/ui';
import type { CombinedError } from '@urql/core';
import { fieldErrorMap } from './form.ts';

export type Outcome<P> =
  | { kind: 'done'; payload: P }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'failed'; code: string | null };

type Answer = {
  __typename: string;
  code?: string;
  message?: string;
  fieldErrors?: readonly { path: readonly string[]; message: string }[];
};

export function outcomeOf<R extends { __typename: string }, N extends R['__typename']>(
  answer: R | null | undefined,
  error: CombinedError | undefined,
  payloadType: N,
): Outcome<Extract<R, { __typename: N }>> {
  if (answer?.__typename === payloadType) return { kind: 'done', payload: answer as Extract<R, { __typename: N }> };
  const typed = answer as Answer | null | undefined;
  if (typed?.__typename === 'ValidationError') return { kind: 'invalid', fields: fieldErrorMap(typed.fieldErrors) };
  if (typed && typed.code) return { kind: 'refused', code: typed.code, message: typed.message ?? '' };
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return { kind: 'failed', code: typeof code === 'string' ? code : null };
}

/** What to tell the member when a change did not go through (catalogue key, and the API's words for conflicts). */
export interface Trouble {
  key: CatalogueKey;
  /** The API's explanation (in English), shown as a detail. */
  detail?: string;
}

export function troubleOf(outcome: Outcome<unknown>, unmatchedFieldErrors: string[] = []): Trouble | null {
  switch (outcome.kind) {
    case 'done':
      return null;
    case 'invalid':
      return unmatchedFieldErrors.length
        ? { key: 'collectives.problem.invalid', detail: unmatchedFieldErrors.join(' ') }
        : null;
    case 'refused':
      if (outcome.code === 'NOT_FOUND') return { key: 'collectives.problem.notFound', detail: outcome.message };
      if (outcome.code === 'FORBIDDEN') return { key: 'collectives.problem.forbidden' };
      return { key: 'collectives.problem.conflict', detail: outcome.message };
    case 'failed':
      if (outcome.code === 'FORBIDDEN') return { key: 'collectives.problem.forbidden' };
      if (outcome.code === 'RATE_LIMITED') return { key: 'collectives.problem.rateLimited' };
      return { key: 'common.failed' };
  }
}

/**
 * What went wrong with a form's sending: the API's field errors the form holds show under their
 * fields (focus goes to the first), and the alert carries the others, or the refusal.
 */
export function troubleOnForm(
  outcome: Outcome<unknown>,
  form: { showServerErrors: (byField: Record<string, string>) => string[] },
): Trouble | null {
  return troubleOf(outcome, outcome.kind === 'invalid' ? form.showServerErrors(outcome.fields) : []);
}
