// Authorization of the collectives mutations for matrix.test.ts. The callers here belong to no
// collective, so collective-scoped mutations are denied to all of them (admins may only archive);
// test/collectives/authorization.test.ts tries them as coordinators, members and invitees.
import { randomUUID } from 'node:crypto';
import { globalId } from '../../harness.ts';
import { ACTIVE_MEMBERS, ADMINS, type CallerKind, type MatrixEntry } from './callers.ts';

const NOBODY = new Set<CallerKind>();
const collective = () => globalId('Collective', randomUUID());
const membership = () => globalId('CollectiveMembership', randomUUID());
const agreement = () => globalId('CharterAgreement', randomUUID());
const commitment = () => globalId('Commitment', randomUUID());

export const collectivesMatrix: Record<string, MatrixEntry> = {
  createCollective: {
    document: `mutation { createCollective(input: { name: "", purpose: "" }) { __typename } }`,
    allowed: ACTIVE_MEMBERS,
  },
  updateCollective: {
    document: `mutation($id: ID!) { updateCollective(id: $id, input: { name: "Nouveau nom" }) { __typename } }`,
    variables: () => ({ id: collective() }),
    allowed: NOBODY,
  },
  archiveCollective: {
    document: `mutation($id: ID!) { archiveCollective(id: $id) { __typename } }`,
    variables: () => ({ id: collective() }),
    allowed: ADMINS,
  },
  addCharterAgreement: {
    document: `mutation($id: ID!) { addCharterAgreement(collectiveId: $id, text: "Un accord") { __typename } }`,
    variables: () => ({ id: collective() }),
    allowed: NOBODY,
  },
  editCharterAgreement: {
    document: `mutation($id: ID!) { editCharterAgreement(id: $id, text: "Un accord") { __typename } }`,
    variables: () => ({ id: agreement() }),
    allowed: NOBODY,
  },
  reorderCharter: {
    document: `mutation($id: ID!, $a: ID!) { reorderCharter(collectiveId: $id, agreementIds: [$a]) { __typename } }`,
    variables: () => ({ id: collective(), a: agreement() }),
    allowed: NOBODY,
  },
  removeCharterAgreement: {
    document: `mutation($id: ID!) { removeCharterAgreement(id: $id) { __typename } }`,
    variables: () => ({ id: agreement() }),
    allowed: NOBODY,
  },
  inviteToCollective: {
    document: `mutation($id: ID!, $m: ID!) { inviteToCollective(collectiveId: $id, memberId: $m) { __typename } }`,
    variables: () => ({ id: collective(), m: globalId('Member', randomUUID()) }),
    allowed: NOBODY,
  },
  requestToJoinCollective: {
    document: `mutation($id: ID!) { requestToJoinCollective(collectiveId: $id, acceptCharter: true) { __typename } }`,
    variables: () => ({ id: collective() }),
    allowed: ACTIVE_MEMBERS,
  },
  acceptCollectiveInvitation: {
    document: `mutation($id: ID!) { acceptCollectiveInvitation(id: $id, acceptCharter: true) { __typename } }`,
    variables: () => ({ id: membership() }),
    allowed: NOBODY,
  },
  declineCollectiveInvitation: {
    document: `mutation($id: ID!) { declineCollectiveInvitation(id: $id) { __typename } }`,
    variables: () => ({ id: membership() }),
    allowed: NOBODY,
  },
  acceptJoinRequest: {
    document: `mutation($id: ID!) { acceptJoinRequest(id: $id) { __typename } }`,
    variables: () => ({ id: membership() }),
    allowed: NOBODY,
  },
  declineJoinRequest: {
    document: `mutation($id: ID!) { declineJoinRequest(id: $id) { __typename } }`,
    variables: () => ({ id: membership() }),
    allowed: NOBODY,
  },
  leaveCollective: {
    document: `mutation($id: ID!) { leaveCollective(collectiveId: $id) { __typename } }`,
    variables: () => ({ id: collective() }),
    allowed: NOBODY,
  },
  updateCollectiveMembership: {
    document: `mutation($id: ID!) { updateCollectiveMembership(id: $id, role: COORDINATOR) { __typename } }`,
    variables: () => ({ id: membership() }),
    allowed: NOBODY,
  },
  acceptCollectiveCharter: {
    document: `mutation($id: ID!) { acceptCollectiveCharter(collectiveId: $id) { __typename } }`,
    variables: () => ({ id: collective() }),
    allowed: NOBODY,
  },
  createCommitment: {
    document: `mutation($id: ID!) { createCommitment(input: { collectiveId: $id, description: "Un engagement", dueOn: "2099-01-01" }) { __typename } }`,
    variables: () => ({ id: collective() }),
    allowed: NOBODY,
  },
  changeCommitmentStatus: {
    document: `mutation($id: ID!) { changeCommitmentStatus(id: $id, input: { status: KEPT }) { __typename } }`,
    variables: () => ({ id: commitment() }),
    allowed: NOBODY,
  },
  writeJournalEntry: {
    document: `mutation($id: ID!) { writeJournalEntry(input: { collectiveId: $id, kind: SUCCESS, title: "Un succès" }) { __typename } }`,
    variables: () => ({ id: collective() }),
    allowed: NOBODY,
  },
};
