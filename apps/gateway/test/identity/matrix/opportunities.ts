// Authorization of the opportunity, recommendation, ledger and notification mutations for
// matrix.test.ts. The ids here name nothing: an active writer gets through to NOT_FOUND (or a
// validation error); who may act on a real opportunity or recommendation (its managers, its
// recipient) is tried in test/opportunities and test/network.
import { randomUUID } from 'node:crypto';
import { globalId } from '../../harness.ts';
import { ACTIVE_MEMBERS, ADMINS, type MatrixEntry } from './callers.ts';

const opportunity = () => globalId('Opportunity', randomUUID());
const interest = () => globalId('OpportunityInterest', randomUUID());
const recommendation = () => globalId('Recommendation', randomUUID());
const entry = () => globalId('ContributionEntry', randomUUID());
const notification = () => globalId('Notification', randomUUID());
const byId = (name: string, args: string, id: () => string) => ({
  document: `mutation($id: ID!) { ${name}(${args}) { __typename } }`,
  variables: () => ({ id: id() }),
});

export const opportunitiesMatrix: Record<string, MatrixEntry> = {
  postOpportunity: {
    document: `mutation { postOpportunity(input: { kind: PROJECT, title: "", description: "" }) { __typename } }`,
    allowed: ACTIVE_MEMBERS,
  },
  updateOpportunity: {
    ...byId('updateOpportunity', 'input: { id: $id, title: "Un nouveau titre" }', opportunity),
    allowed: ACTIVE_MEMBERS,
  },
  setOpportunityStatus: {
    ...byId('setOpportunityStatus', 'id: $id, status: CLOSED', opportunity),
    allowed: ACTIVE_MEMBERS,
  },
  closeOpportunity: { ...byId('closeOpportunity', 'id: $id', opportunity), allowed: ACTIVE_MEMBERS },
  expressInterest: {
    ...byId('expressInterest', 'opportunityId: $id, note: "Je peux aider sur ce projet."', opportunity),
    allowed: ACTIVE_MEMBERS,
  },
  withdrawInterest: { ...byId('withdrawInterest', 'opportunityId: $id', opportunity), allowed: ACTIVE_MEMBERS },
  formTeam: {
    document: `mutation($id: ID!, $interest: ID!) { formTeam(input: { opportunityId: $id, inTeam: [$interest] }) { __typename } }`,
    variables: () => ({ id: opportunity(), interest: interest() }),
    allowed: ACTIVE_MEMBERS,
  },
  recommendMember: {
    document: `mutation($id: ID!) { recommendMember(input: { memberId: $id, clientName: "Biocoop", note: "Une graphiste remarquable." }) { __typename } }`,
    variables: () => ({ id: globalId('Member', randomUUID()) }),
    allowed: ACTIVE_MEMBERS,
  },
  acknowledgeRecommendation: {
    ...byId('acknowledgeRecommendation', 'id: $id', recommendation),
    allowed: ACTIVE_MEMBERS,
  },
  setRecommendationOutcome: {
    ...byId('setRecommendationOutcome', 'input: { id: $id, outcome: WON }', recommendation),
    allowed: ACTIVE_MEMBERS,
  },
  correctContribution: {
    ...byId('correctContribution', 'entryId: $id, note: "Saisie en double."', entry),
    allowed: ADMINS,
  },
  markNotificationsRead: { ...byId('markNotificationsRead', 'ids: [$id]', notification), allowed: ACTIVE_MEMBERS },
  markAllNotificationsRead: {
    document: `mutation { markAllNotificationsRead { __typename } }`,
    allowed: ACTIVE_MEMBERS,
  },
};
