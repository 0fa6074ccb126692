// Authorization of the workshop mutations for matrix.test.ts. The workshops named do not exist:
// callers who get through meet a NotFoundError (or a ValidationError), which counts as allowed.
// Facilitators' rights depend on the workshop, so they are tested in test/workshops/.
import { randomUUID } from 'node:crypto';
import { globalId } from '../../harness.ts';
import { ACTIVE_MEMBERS, ACTIVE_SESSION, ADMINS, type MatrixEntry } from './callers.ts';

const someWorkshop = () => ({ id: globalId('Workshop', randomUUID()) });
const someone = () => globalId('Member', randomUUID());

export const workshopsMatrix: Record<string, MatrixEntry> = {
  createWorkshop: {
    document: `mutation($m: ID!) { createWorkshop(input: { kind: ATELIER, title: "", startsAt: "2030-01-01T09:00:00Z", endsAt: "2030-01-01T12:00:00Z", format: ONLINE, capacity: 0, facilitatorIds: [$m] }) { __typename } }`,
    variables: () => ({ m: someone() }),
    allowed: ADMINS,
  },
  updateWorkshop: {
    document: `mutation($id: ID!) { updateWorkshop(id: $id, input: { title: "Nouveau titre" }) { __typename } }`,
    variables: someWorkshop,
    allowed: ADMINS,
  },
  publishWorkshop: {
    document: `mutation($id: ID!) { publishWorkshop(id: $id) { __typename } }`,
    variables: someWorkshop,
    allowed: ADMINS,
  },
  cancelWorkshop: {
    document: `mutation($id: ID!) { cancelWorkshop(id: $id, reason: "Salle indisponible") { __typename } }`,
    variables: someWorkshop,
    allowed: ADMINS,
  },
  duplicateWorkshop: {
    document: `mutation($id: ID!) { duplicateWorkshop(id: $id) { __typename } }`,
    variables: someWorkshop,
    allowed: ADMINS,
  },
  completeWorkshop: {
    document: `mutation($id: ID!) { completeWorkshop(id: $id) { __typename } }`,
    variables: someWorkshop,
    allowed: ADMINS,
  },
  markAttendance: {
    document: `mutation($id: ID!, $m: ID!) { markAttendance(input: { workshopId: $id, attendance: [{ memberId: $m, attended: true }] }) { __typename } }`,
    variables: () => ({ ...someWorkshop(), m: someone() }),
    allowed: ADMINS,
  },
  registerForWorkshop: {
    document: `mutation($id: ID!) { registerForWorkshop(workshopId: $id) { __typename } }`,
    variables: someWorkshop,
    allowed: ACTIVE_MEMBERS,
  },
  cancelRegistration: {
    document: `mutation($id: ID!) { cancelRegistration(workshopId: $id) { __typename } }`,
    variables: someWorkshop,
    allowed: ACTIVE_MEMBERS,
  },
  leaveWorkshopFeedback: {
    document: `mutation($id: ID!) { leaveWorkshopFeedback(workshopId: $id, rating: 5) { __typename } }`,
    variables: someWorkshop,
    allowed: ACTIVE_MEMBERS,
  },
  regenerateCalendarFeed: { document: `mutation { regenerateCalendarFeed { __typename } }`, allowed: ACTIVE_SESSION },
  revokeCalendarFeed: { document: `mutation { revokeCalendarFeed { __typename } }`, allowed: ACTIVE_SESSION },
};
