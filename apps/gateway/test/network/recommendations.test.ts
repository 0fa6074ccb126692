// Recommendations between members: making one (notified, in the ledger), its outcome set by the
// recipient, and the private lists of what each member gave and received.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, startTestGateway, type TestGateway } from '../harness.ts';
import { mutate, notificationsOf, post, refusal } from '../opportunities/steps.ts';
import { person, tokenFor, type Person } from '../people.ts';

let t: TestGateway;
let camille: Person;
let yanis: Person;
let lea: Person;
let admin: Person;

beforeAll(async () => {
  t = await startTestGateway();
  [camille, yanis, lea, admin] = await Promise.all([
    person(t, 'camille'),
    person(t, 'yanis'),
    person(t, 'lea'),
    person(t, 'admin', { role: 'ADMIN' }),
  ]);
});
afterAll(() => t?.stop());

const RECOMMEND = `mutation($input: RecommendMemberInput!) {
  recommendMember(input: $input) {
    __typename
    ... on RecommendationSuccess { recommendation { id status clientName note from { handle } to { handle } opportunity { title } } }
    ... on ValidationError { fieldErrors { path message } }
    ... on Error { message }
  }
}`;
const ACK = `mutation($id: ID!) { acknowledgeRecommendation(id: $id) { __typename ... on RecommendationSuccess { recommendation { status } } ... on Error { message } } }`;
const OUTCOME = `mutation($input: SetRecommendationOutcomeInput!) {
  setRecommendationOutcome(input: $input) { __typename ... on RecommendationSuccess { recommendation { status outcomeNote } } ... on Error { message } }
}`;
const LISTS = `query($handle: ID!) {
  node(id: $handle) { ... on Member {
    recommendationsGiven(first: 10) { totalCount edges { node { to { handle } clientName } } }
    recommendationsReceived(first: 10) { totalCount edges { node { from { handle } status } } }
  } }
}`;

const recommend = (who: Person, input: Record<string, unknown>) =>
  mutate(t, who.as, RECOMMEND, { input: { note: 'Elle a fait un travail remarquable pour nous.', ...input } });

describe('recommending a member', () => {
  it('recommends to a client: the recipient is notified and both ledgers are credited', async () => {
    const result = await recommend(camille, { memberId: yanis.gid, clientName: 'Biocoop de Rennes' });
    expect(result).toMatchObject({
      __typename: 'RecommendationSuccess',
      recommendation: {
        status: 'SENT',
        clientName: 'Biocoop de Rennes',
        from: { handle: 'camille' },
        to: { handle: 'yanis' },
        opportunity: null,
      },
    });
    expect((await notificationsOf(t, yanis)).at(-1)).toMatchObject({
      kind: 'recommendation.received',
      data: { memberHandle: 'camille', clientName: 'Biocoop de Rennes' },
    });
    const id = Buffer.from(result.recommendation.id, 'base64').toString().split(':')[1];
    const ledger = await t.db.prisma.contributionEntry.findMany({
      where: { sourceType: 'Recommendation', sourceId: id },
    });
    expect(ledger.map((e) => [e.memberId, e.direction, e.kind, e.weight]).sort()).toEqual(
      [
        [camille.id, 'GIVEN', 'RECOMMENDATION', 2],
        [yanis.id, 'RECEIVED', 'RECOMMENDATION', 2],
      ].sort(),
    );
  });

  it('calls the webhooks subscribed to recommendation.created, with ids only', async () => {
    const webhook = await t.db.prisma.webhook.create({
      data: { url: 'https://partenaire.example/hooks', secret: 's', events: ['recommendation.created'] },
    });
    const noor = await person(t, 'noor');
    const result = await recommend(noor, { memberId: yanis.gid, clientName: 'Café associatif' });
    const deliveries = await t.db.prisma.webhookDelivery.findMany({ where: { webhookId: webhook.id } });
    expect(deliveries.map((d) => [d.event, d.payload])).toEqual([
      [
        'recommendation.created',
        { recommendation: { id: result.recommendation.id, fromMemberId: noor.gid, toMemberId: yanis.gid } },
      ],
    ]);
  });

  it('recommends for an opportunity', async () => {
    const opportunity = await post(t, lea);
    const result = await recommend(camille, { memberId: yanis.gid, opportunityId: opportunity });
    expect(result.recommendation.opportunity).toEqual({ title: 'Refonte du site de la mairie de Quimper' });
    expect((await notificationsOf(t, yanis)).at(-1)?.data).toMatchObject({
      opportunityId: opportunity,
      title: 'Refonte du site de la mairie de Quimper',
    });
  });

  it('refuses the same recommendation twice, even sent at the same instant', async () => {
    const again = await Promise.all(
      [1, 2, 3].map(() => recommend(lea, { memberId: camille.gid, clientName: 'Mairie de Brest' })),
    );
    expect(again.map((r) => r.__typename).sort()).toEqual(['ConflictError', 'ConflictError', 'RecommendationSuccess']);
    expect((await recommend(lea, { memberId: camille.gid, clientName: 'MAIRIE DE BREST' })).__typename).toBe(
      'ConflictError',
    );
    expect(await t.db.prisma.contributionEntry.count({ where: { memberId: lea.id, kind: 'RECOMMENDATION' } })).toBe(1);
  });

  it('validates its input: one of client or opportunity, a note, someone else', async () => {
    const both = await recommend(camille, {
      memberId: lea.gid,
      clientName: 'Biocoop',
      opportunityId: await post(t, yanis),
      note: 'court',
    });
    expect(both.fieldErrors.map((e: any) => e.path.join('.')).sort()).toEqual([
      'input.clientName',
      'input.note',
      'input.opportunityId',
    ]);
    expect((await recommend(camille, { memberId: lea.gid })).__typename).toBe('ValidationError');
    expect(await recommend(camille, { memberId: camille.gid, clientName: 'Biocoop' })).toMatchObject({
      fieldErrors: [{ path: ['input', 'memberId'] }],
    });
    expect((await recommend(camille, { memberId: globalId('Member', 'nope'), clientName: 'Biocoop' })).__typename).toBe(
      'NotFoundError',
    );
    const suspended = await person(t, 'suspendu', { status: 'SUSPENDED' });
    expect((await recommend(camille, { memberId: suspended.gid, clientName: 'Biocoop' })).__typename).toBe(
      'NotFoundError',
    );
  });

  it('needs write:profile from a token', async () => {
    const readOnly = await tokenFor(t, camille, ['read:network']);
    expect(
      await refusal(t, readOnly, RECOMMEND, {
        input: { memberId: lea.gid, clientName: 'Biocoop', note: 'Une très bonne graphiste.' },
      }),
    ).toBe('INSUFFICIENT_SCOPE');
  });
});

describe('the outcome', () => {
  let id: string;
  beforeAll(async () => {
    id = (await recommend(yanis, { memberId: lea.gid, clientName: 'Scop Le Relais' })).recommendation.id;
  });

  it('is set by the recipient only', async () => {
    expect(await refusal(t, yanis.as, ACK, { id })).toBe('FORBIDDEN');
    expect(await refusal(t, camille.as, OUTCOME, { input: { id, outcome: 'WON' } })).toBe('FORBIDDEN');
    expect(await refusal(t, admin.as, ACK, { id })).toBe('FORBIDDEN');
  });

  it('goes SENT → ACKNOWLEDGED → WON with a note, notifying the member who recommended', async () => {
    expect(await mutate(t, lea.as, OUTCOME, { input: { id, outcome: 'WON' } })).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('SENT'),
    });
    expect((await mutate(t, lea.as, ACK, { id })).recommendation.status).toBe('ACKNOWLEDGED');
    expect((await notificationsOf(t, yanis)).at(-1)).toMatchObject({ kind: 'recommendation.acknowledged' });
    const won = await mutate(t, lea.as, OUTCOME, { input: { id, outcome: 'WON', note: 'Contrat signé, merci !' } });
    expect(won.recommendation).toEqual({ status: 'WON', outcomeNote: 'Contrat signé, merci !' });
    expect((await notificationsOf(t, yanis)).at(-1)).toMatchObject({
      kind: 'recommendation.outcome',
      data: { status: 'WON' },
    });
    expect(await mutate(t, lea.as, OUTCOME, { input: { id, outcome: 'LOST' } })).toMatchObject({
      __typename: 'ConflictError',
    });
  });

  it('may be declined straight away', async () => {
    const other = (await recommend(camille, { memberId: lea.gid, clientName: 'Atelier Vélo' })).recommendation.id;
    expect(
      (await mutate(t, lea.as, OUTCOME, { input: { id: other, outcome: 'DECLINED' } })).recommendation.status,
    ).toBe('DECLINED');
    expect(await mutate(t, lea.as, ACK, { id: other })).toMatchObject({ __typename: 'ConflictError' });
  });

  it('answers NOT_FOUND for an unknown recommendation', async () => {
    expect(
      (await mutate(t, lea.as, ACK, { id: globalId('Recommendation', '00000000-0000-7000-8000-000000000000') }))
        .__typename,
    ).toBe('NotFoundError');
  });
});

describe('the lists of given and received', () => {
  it('shows each member their own, and admins everyone’s', async () => {
    const own = (await t.graphql(LISTS, { handle: lea.gid }, lea.as)).body.data.node;
    expect(own.recommendationsReceived.totalCount).toBe(2);
    expect(own.recommendationsReceived.edges.map((e: any) => e.node.from.handle)).toEqual(['camille', 'yanis']);
    expect(own.recommendationsGiven.edges).toEqual([
      { node: { to: { handle: 'camille' }, clientName: 'Mairie de Brest' } },
    ]);
    const byAdmin = (await t.graphql(LISTS, { handle: lea.gid }, admin.as)).body.data.node;
    expect(byAdmin.recommendationsReceived.totalCount).toBe(2);
  });

  it('hides them from other members, and hides a recommendation from its node too', async () => {
    const byOther = await t.graphql(LISTS, { handle: lea.gid }, camille.as);
    expect(byOther.body.data.node).toEqual({ recommendationsGiven: null, recommendationsReceived: null });
    const rec = await t.db.prisma.recommendation.findFirstOrThrow({ where: { fromId: yanis.id, toId: lea.id } });
    const { body } = await t.graphql(
      `query($id: ID!) { node(id: $id) { ... on Recommendation { note } } }`,
      { id: globalId('Recommendation', rec.id) },
      camille.as,
    );
    expect(body).toEqual({ data: { node: null } }); // as if it did not exist
  });
});
