// Shared steps for the collectives tests: the usual journeys
// (create a collective, bring someone in) done through the API as the portal does them.
import { expect } from 'vitest';
import type { As, GraphQLResponse, TestGateway } from '../harness.ts';
import { person, type Person } from '../people.ts';

/** The mutation's result, after checking it is the expected payload (else the test shows why). */
export function payload<T = any>(response: GraphQLResponse, field: string, typename: string): T {
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  const result = response.body.data?.[field];
  expect(result?.__typename, JSON.stringify(result)).toBe(typename);
  return result as T;
}

/** A typed error returned by a mutation. */
export function failure(response: GraphQLResponse, field: string) {
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data?.[field] as {
    __typename: string;
    message: string;
    fieldErrors?: { path: string[]; message: string }[];
  };
}

/** The request-level error code (authorization refusals). */
export function deniedCode(response: GraphQLResponse): string | undefined {
  return response.body.errors?.[0]?.extensions?.code;
}

export const CREATE = `mutation($input: CreateCollectiveInput!) {
  createCollective(input: $input) {
    __typename
    ... on CollectiveSuccess { collective { id slug name } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

export interface CollectiveRef {
  gid: string;
  id: string;
  slug: string;
}

export async function createCollective(
  t: TestGateway,
  as: As,
  input: { name: string; purpose?: string; charter?: string[]; region?: string; description?: string },
): Promise<CollectiveRef> {
  const response = await t.graphql(
    CREATE,
    { input: { purpose: 'Travailler ensemble plutôt que seuls.', ...input } },
    as,
  );
  const { collective } = payload(response, 'createCollective', 'CollectiveSuccess');
  return {
    gid: collective.id,
    id: Buffer.from(collective.id, 'base64').toString().split(':')[1]!,
    slug: collective.slug,
  };
}

export const INVITE = `mutation($c: ID!, $m: ID!, $message: String) {
  inviteToCollective(collectiveId: $c, memberId: $m, message: $message) {
    __typename
    ... on CollectiveMembershipSuccess { membership { id status } }
    ... on Error { message }
  }
}`;

export const ACCEPT_INVITATION = `mutation($id: ID!, $accept: Boolean!) {
  acceptCollectiveInvitation(id: $id, acceptCharter: $accept) {
    __typename
    ... on CollectiveMembershipSuccess { membership { id status joinedAt charterAcceptedAt } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

export async function invite(
  t: TestGateway,
  coordinator: Person,
  collective: CollectiveRef,
  who: Person,
): Promise<string> {
  const response = await t.graphql(INVITE, { c: collective.gid, m: who.gid }, coordinator.as);
  return payload(response, 'inviteToCollective', 'CollectiveMembershipSuccess').membership.id;
}

/** Invites and accepts: `who` becomes an active member. Returns the membership's global id. */
export async function bringIn(
  t: TestGateway,
  coordinator: Person,
  collective: CollectiveRef,
  who: Person,
): Promise<string> {
  const id = await invite(t, coordinator, collective, who);
  payload(
    await t.graphql(ACCEPT_INVITATION, { id, accept: true }, who.as),
    'acceptCollectiveInvitation',
    'CollectiveMembershipSuccess',
  );
  return id;
}

/** A collective as most of these tests find it: its coordinator, one member they brought in, and an outsider. */
export interface CollectiveOfThree {
  coordinator: Person;
  member: Person;
  outsider: Person;
  collective: CollectiveRef;
}

/** Signs the three people up, has the coordinator create the collective and bring the member in. */
export async function collectiveOfThree(
  t: TestGateway,
  handles: { coordinator: string; member: string; outsider: string },
  input: { name: string; charter?: string[] },
): Promise<CollectiveOfThree> {
  const [coordinator, member, outsider] = await Promise.all([
    person(t, handles.coordinator),
    person(t, handles.member),
    person(t, handles.outsider),
  ]);
  const collective = await createCollective(t, coordinator.as, input);
  await bringIn(t, coordinator, collective, member);
  return { coordinator, member, outsider, collective };
}

export async function notificationsOf(t: TestGateway, who: Person, kind?: string) {
  return t.db.prisma.notification.findMany({
    where: { memberId: who.id, ...(kind ? { kind } : {}) },
    orderBy: { createdAt: 'asc' },
  });
}

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);
