// Authorization of the Fediverse mutations (blocking and unblocking an instance) for matrix.test.ts:
// admins only (session or admin token).
import { ADMINS, type MatrixEntry } from './callers.ts';

export const fediverseMatrix: Record<string, MatrixEntry> = {
  blockInstance: {
    document: `mutation { blockInstance(instance: "spam.example", reason: "Test") { __typename } }`,
    allowed: ADMINS,
  },
  // An instance that is not blocked: authorization is decided before the NotFound answer.
  unblockInstance: {
    document: `mutation { unblockInstance(instance: "never-blocked.example") { __typename } }`,
    allowed: ADMINS,
  },
};
