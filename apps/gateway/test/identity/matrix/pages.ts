// Authorization of the visibility-page, moderation and webhook mutations for matrix.test.ts.
// Inputs are invalid or ids unknown on purpose: getting through authorization ends in a typed
// error (ValidationError, NotFoundError) and changes nothing.
import { randomUUID } from 'node:crypto';
import { globalId } from '../../harness.ts';
import { ACTIVE_MEMBERS, ADMINS, ANYONE, type CallerKind, type MatrixEntry } from './callers.ts';

const page = () => globalId('VisibilityPage', randomUUID());
const badInput = '{ title: "", sections: [] }';

export const pagesMatrix: Record<string, MatrixEntry> = {
  saveMyPage: { document: `mutation { saveMyPage(input: ${badInput}) { __typename } }`, allowed: ACTIVE_MEMBERS },
  // Only a coordinator of that very collective: no caller of the matrix coordinates an unknown one.
  saveCollectivePage: {
    document: `mutation($id: ID!) { saveCollectivePage(collectiveId: $id, input: ${badInput}) { __typename } }`,
    variables: () => ({ id: globalId('Collective', randomUUID()) }),
    allowed: new Set<CallerKind>(),
  },
  saveFederationPage: {
    document: `mutation { saveFederationPage(input: ${badInput}) { __typename } }`,
    allowed: ADMINS,
  },
  publishPage: {
    document: `mutation($id: ID!) { publishPage(id: $id) { __typename } }`,
    variables: () => ({ id: page() }),
    allowed: ACTIVE_MEMBERS,
  },
  withdrawPage: {
    document: `mutation($id: ID!) { withdrawPage(id: $id) { __typename } }`,
    variables: () => ({ id: page() }),
    allowed: ACTIVE_MEMBERS,
  },
  reportPage: {
    document: `mutation($id: ID!) { reportPage(pageId: $id, reason: "court") { __typename } }`,
    variables: () => ({ id: page() }),
    allowed: ANYONE,
  },
  unpublishPage: {
    document: `mutation($id: ID!) { unpublishPage(id: $id, reason: "Contenu hors charte") { __typename } }`,
    variables: () => ({ id: page() }),
    allowed: ADMINS,
  },
  resolvePageReport: {
    document: `mutation($id: ID!) { resolvePageReport(id: $id) { __typename } }`,
    variables: () => ({ id: globalId('PageReport', randomUUID()) }),
    allowed: ADMINS,
  },
  createWebhook: {
    document: `mutation { createWebhook(input: { url: "ftp://nope", events: [] }) { __typename } }`,
    allowed: ADMINS,
  },
  updateWebhook: {
    document: `mutation($id: ID!) { updateWebhook(id: $id, input: { active: false }) { __typename } }`,
    variables: () => ({ id: globalId('Webhook', randomUUID()) }),
    allowed: ADMINS,
  },
  pingWebhook: {
    document: `mutation($id: ID!) { pingWebhook(id: $id) { __typename } }`,
    variables: () => ({ id: globalId('Webhook', randomUUID()) }),
    allowed: ADMINS,
  },
  rotateWebhookSecret: {
    document: `mutation($id: ID!) { rotateWebhookSecret(id: $id) { __typename } }`,
    variables: () => ({ id: globalId('Webhook', randomUUID()) }),
    allowed: ADMINS,
  },
  deleteWebhook: {
    document: `mutation($id: ID!) { deleteWebhook(id: $id) { __typename } }`,
    variables: () => ({ id: globalId('Webhook', randomUUID()) }),
    allowed: ADMINS,
  },
  replayWebhookDelivery: {
    document: `mutation($id: ID!) { replayWebhookDelivery(id: $id) { __typename } }`,
    variables: () => ({ id: globalId('WebhookDelivery', randomUUID()) }),
    allowed: ADMINS,
  },
};
