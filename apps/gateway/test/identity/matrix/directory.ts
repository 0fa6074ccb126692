// Authorization of the profile and introduction mutations for matrix.test.ts. Profiles are always
// the caller's own; answering an introduction is the recipient's alone (an unknown id gets through
// to NotFoundError, so the matrix sees who passes authorization).
import { randomUUID } from 'node:crypto';
import { globalId } from '../../harness.ts';
import { ACTIVE_MEMBERS, type MatrixEntry } from './callers.ts';

const someone = () => globalId('Member', randomUUID());
const someIntroduction = () => globalId('IntroductionRequest', randomUUID());

export const directoryMatrix: Record<string, MatrixEntry> = {
  updateProfile: { document: `mutation { updateProfile(input: {}) { __typename } }`, allowed: ACTIVE_MEMBERS },
  updateCooperationCard: {
    document: `mutation { updateCooperationCard(input: {}) { __typename } }`,
    allowed: ACTIVE_MEMBERS,
  },
  setPace: { document: `mutation { setPace(pace: STEADY) { __typename } }`, allowed: ACTIVE_MEMBERS },
  setMemberSkills: {
    document: `mutation { setMemberSkills(input: { skills: [] }) { __typename } }`,
    allowed: ACTIVE_MEMBERS,
  },
  setVisibility: {
    document: `mutation { setVisibility(listing: MEMBERS, publicFields: []) { __typename } }`,
    allowed: ACTIVE_MEMBERS,
  },
  dismissOnboarding: { document: `mutation { dismissOnboarding { __typename } }`, allowed: ACTIVE_MEMBERS },
  requestIntroduction: {
    document: `mutation($id: ID!) { requestIntroduction(memberId: $id, message: "Bonjour, je suis graphiste à Lyon et j’aimerais vous rencontrer.") { __typename } }`,
    variables: () => ({ id: someone() }),
    allowed: ACTIVE_MEMBERS,
  },
  acceptIntroduction: {
    document: `mutation($id: ID!) { acceptIntroduction(id: $id) { __typename } }`,
    variables: () => ({ id: someIntroduction() }),
    allowed: ACTIVE_MEMBERS,
  },
  declineIntroduction: {
    document: `mutation($id: ID!) { declineIntroduction(id: $id) { __typename } }`,
    variables: () => ({ id: someIntroduction() }),
    allowed: ACTIVE_MEMBERS,
  },
  withdrawIntroduction: {
    document: `mutation($id: ID!) { withdrawIntroduction(id: $id) { __typename } }`,
    variables: () => ({ id: someIntroduction() }),
    allowed: ACTIVE_MEMBERS,
  },
};
