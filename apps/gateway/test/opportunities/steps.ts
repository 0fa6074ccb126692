// People for the opportunity, recommendation, ledger and notification tests: members with an open
// browser session, and a collective they coordinate.
import { createApiToken } from '../../src/auth/api-tokens.ts';
import type { TokenScope } from '../../src/auth/caller.ts';
import { createSession } from '../../src/auth/sessions.ts';
import { addMember, globalId, type As, type TestGateway } from '../harness.ts';

export interface Person {
  id: string;
  handle: string;
  /** The member's global ID. */
  gid: string;
  /** A signed-in browser session. */
  as: As;
}

export async function person(
  t: TestGateway,
  handle: string,
  data: { role?: 'MEMBER' | 'ADMIN'; status?: 'ACTIVE' | 'SUSPENDED' } = {},
): Promise<Person> {
  const member = await addMember(t, { handle, role: data.role });
  const { secret } = await createSession(t.db.prisma, member.id, '127.0.0.1', 'vitest');
  if (data.status && data.status !== 'ACTIVE')
    await t.db.prisma.member.update({ where: { id: member.id }, data: { status: data.status } });
  return { id: member.id, handle, gid: globalId('Member', member.id), as: { cookie: `eko_session=${secret}` } };
}

export async function tokenOf(t: TestGateway, who: Person, scopes: TokenScope[]): Promise<As> {
  const { secret } = await createApiToken(t.db.prisma, {
    kind: 'PERSONAL',
    ownerId: who.id,
    name: 'test',
    scopes,
    expiresAt: null,
  });
  return { token: secret };
}

export async function collective(t: TestGateway, slug: string, coordinators: Person[], members: Person[] = []) {
  const row = await t.db.prisma.collective.create({
    data: {
      slug,
      name: slug,
      memberships: {
        create: [
          ...coordinators.map((p) => ({ memberId: p.id, role: 'COORDINATOR' as const, status: 'ACTIVE' as const })),
          ...members.map((p) => ({ memberId: p.id, role: 'MEMBER' as const, status: 'ACTIVE' as const })),
        ],
      },
    },
  });
  return { id: row.id, gid: globalId('Collective', row.id) };
}

/** The __typename of a mutation's result, and the result itself; fails the test on GraphQL errors. */
export async function mutate(t: TestGateway, as: As, document: string, variables: Record<string, unknown> = {}) {
  const response = await t.graphql(document, variables, as);
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  const [result] = Object.values(response.body.data ?? {}) as any[];
  return result;
}

/** The stable code of the first GraphQL error, for requests that must be refused. */
export async function refusal(t: TestGateway, as: As, document: string, variables: Record<string, unknown> = {}) {
  const response = await t.graphql(document, variables, as);
  return response.body.errors?.[0]?.extensions?.code ?? `no error: ${JSON.stringify(response.body.data)}`;
}

export const POST = `mutation($input: PostOpportunityInput!) {
  postOpportunity(input: $input) {
    __typename
    ... on OpportunitySuccess { opportunity { id status title kind region collective { slug } } }
    ... on ValidationError { fieldErrors { path message } }
    ... on Error { message }
  }
}`;

export function tender(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'CALL_FOR_TENDER',
    title: 'Refonte du site de la mairie de Quimper',
    description: 'La mairie cherche une équipe pour refondre son site : design, rédaction, accessibilité.',
    region: 'Bretagne',
    ...overrides,
  };
}

export async function post(t: TestGateway, who: Person, overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await mutate(t, who.as, POST, { input: tender(overrides) });
  if (result.__typename !== 'OpportunitySuccess') throw new Error(JSON.stringify(result));
  return result.opportunity.id;
}

export const EXPRESS = `mutation($id: ID!, $note: String!) {
  expressInterest(opportunityId: $id, note: $note) {
    __typename
    ... on OpportunityInterestSuccess { interest { id status note } }
    ... on Error { message }
  }
}`;

export async function express(
  t: TestGateway,
  who: Person,
  opportunityId: string,
  note = 'J’ai répondu à trois marchés publics similaires.',
): Promise<string> {
  const result = await mutate(t, who.as, EXPRESS, { id: opportunityId, note });
  if (result.__typename !== 'OpportunityInterestSuccess') throw new Error(JSON.stringify(result));
  return result.interest.id;
}

export const FORM_TEAM = `mutation($input: FormTeamInput!) {
  formTeam(input: $input) {
    __typename
    ... on OpportunitySuccess { opportunity { status team { handle } } }
    ... on ValidationError { fieldErrors { path message } }
    ... on Error { message }
  }
}`;

export async function notificationsOf(t: TestGateway, who: Person) {
  return t.db.prisma.notification.findMany({ where: { memberId: who.id }, orderBy: { id: 'asc' } });
}
