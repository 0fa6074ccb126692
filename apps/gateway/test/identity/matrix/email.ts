// Authorization of the email-preference mutation for matrix.test.ts: an active member changes their
// own choice, from a browser or with a token that may write the profile.
import { ACTIVE_MEMBERS, type MatrixEntry } from './callers.ts';

export const emailMatrix: Record<string, MatrixEntry> = {
  setEmailPreference: {
    document: `mutation { setEmailPreference(kind: WORKSHOP_REMINDER, email: false) { __typename } }`,
    allowed: ACTIVE_MEMBERS,
  },
};
