// Authorization of the data-rights mutations (export, leaving, admin erasure) for matrix.test.ts.
// Exporting and leaving are rights of every member whatever their status, from a signed-in browser;
// an admin carries out erasure requests.
import { randomUUID } from 'node:crypto';
import { globalId } from '../../harness.ts';
import { ADMINS, SESSION_ANY_STATUS, type MatrixEntry } from './callers.ts';

export const privacyMatrix: Record<string, MatrixEntry> = {
  requestDataExport: { document: `mutation { requestDataExport { __typename } }`, allowed: SESSION_ANY_STATUS },
  // A handle that never matches: authorization is decided before the confirmation is checked.
  leaveFederation: {
    document: `mutation { leaveFederation(confirmHandle: "not-my-handle") { __typename } }`,
    allowed: SESSION_ANY_STATUS,
  },
  eraseMember: {
    document: `mutation($id: ID!) { eraseMember(memberId: $id, reason: "Demande reçue par courrier") { __typename } }`,
    variables: () => ({ id: globalId('Member', randomUUID()) }),
    allowed: ADMINS,
  },
};
