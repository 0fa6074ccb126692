// What a mutation's answer means on the network, profile and introductions screens: done, field
// errors, a typed refusal, or a failure; and the alert to show for it (a kit Trouble).
import type { Trouble } from '@ekoacteurs/ui';

/** What a mutation's answer means: done, field errors, a typed refusal, or a failure. */
export type Outcome<P> =
  | { kind: 'done'; payload: P }
  | { kind: 'invalid'; fields: Record<string, string>; message: string }
  | { kind: 'refused'; typename: string; message: string }
  | { kind: 'failed' };

type Typed = {
  __typename: string;
  message?: string;
  fieldErrors?: readonly { path: readonly string[]; message: string }[];
};

export function outcomeOf<R extends { __typename: string }, N extends R['__typename']>(
  answer: R | null | undefined,
  payloadType: N,
  fieldMap: (errors: Typed['fieldErrors']) => Record<string, string>,
): Outcome<Extract<R, { __typename: N }>> {
  if (answer?.__typename === payloadType) return { kind: 'done', payload: answer as Extract<R, { __typename: N }> };
  const typed = answer as Typed | null | undefined;
  if (typed?.__typename === 'ValidationError')
    return { kind: 'invalid', fields: fieldMap(typed.fieldErrors), message: typed.message ?? '' };
  if (typed?.__typename) return { kind: 'refused', typename: typed.__typename, message: typed.message ?? '' };
  return { kind: 'failed' };
}

/** The alert for an outcome that did not go through (field errors show under their fields). */
export function troubleOf(outcome: Outcome<unknown>, unplaced: string[] = []): Trouble | null {
  switch (outcome.kind) {
    case 'done':
      return null;
    case 'invalid':
      return { key: 'network.problem.invalid', detail: unplaced.join(' ') || undefined };
    case 'refused':
      return {
        key: outcome.typename === 'NotFoundError' ? 'network.problem.notFound' : 'network.problem.conflict',
        detail: outcome.message,
      };
    case 'failed':
      return { key: 'common.failed' };
  }
}
