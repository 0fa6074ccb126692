// Shared steps for the opportunity, recommendation, ledger and notification tests: their usual cast,
// a collective some people coordinate, a mutation's result or refusal, posting a tender, expressing interest, forming a team.
import { globalId, type As, type TestGateway } from '../harness.ts';
import { person, type Person } from '../people.ts';

/** Two members, Camille and Yanis, and an admin, each signed in. */
export async function camilleYanisAndAdmin(t: TestGateway): Promise<{ camille: Person; yanis: Person; admin: Person }> {
  const [camille, yanis, admin] = await Promise.all([
    person(t, 'camille'),
    person(t, 'yanis'),
    person(t, 'admin', { role: 'ADMIN' }),
  ]);
  return { camille, yanis, admin };
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
