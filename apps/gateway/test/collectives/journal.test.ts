// The journal: members write successes, difficulties and learnings; members read them, newest first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { type Person } from '../people.ts';
import { collectiveOfThree, deniedCode, failure, payload, type CollectiveRef } from './setup.ts';

let t: TestGateway;
let coordinator: Person;
let member: Person;
let outsider: Person;
let collective: CollectiveRef;

const WRITE = `mutation($input: WriteJournalEntryInput!) {
  writeJournalEntry(input: $input) {
    __typename
    ... on JournalEntrySuccess { entry { kind title body author { handle } } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path } }
  }
}`;
const READ = `query($slug: String!, $first: Int, $after: String, $kind: JournalKind) {
  collective(slug: $slug) {
    journal(first: $first, after: $after, kind: $kind) { totalCount pageInfo { hasNextPage endCursor } edges { node { title kind author { handle } } } }
  }
}`;

beforeAll(async () => {
  t = await startTestGateway();
  ({ coordinator, member, outsider, collective } = await collectiveOfThree(
    t,
    { coordinator: 'ali-coord', member: 'lou-membre', outsider: 'noe-dehors' },
    { name: 'Les Partageurs' },
  ));
});
afterAll(() => t?.stop());

const write = (who: Person, input: Record<string, unknown>) =>
  t.graphql(WRITE, { input: { collectiveId: collective.gid, ...input } }, who.as);

describe('writing', () => {
  it('lets a member share a success, a difficulty or a learning, signed with their name', async () => {
    const { entry } = payload(
      await write(member, {
        kind: 'DIFFICULTY',
        title: 'Deux devis envoyés au même client',
        body: 'On a rappelé la cliente.\nDésormais, un seul référent.',
      }),
      'writeJournalEntry',
      'JournalEntrySuccess',
    );
    expect(entry).toEqual({
      kind: 'DIFFICULTY',
      title: 'Deux devis envoyés au même client',
      body: 'On a rappelé la cliente.\nDésormais, un seul référent.',
      author: { handle: 'lou-membre' },
    });
  });

  it('keeps the text as written: markup is stored and returned as plain text, never interpreted', async () => {
    const { entry } = payload(
      await write(member, { kind: 'LEARNING', title: '<b>Relire</b> avant', body: '<script>alert(1)</script>' }),
      'writeJournalEntry',
      'JournalEntrySuccess',
    );
    expect(entry.body).toBe('<script>alert(1)</script>');
  });

  it('is for the collective’s members: outsiders and unknown kinds are refused', async () => {
    expect(deniedCode(await write(outsider, { kind: 'SUCCESS', title: 'Intrusion' }))).toBe('FORBIDDEN');
    expect(
      deniedCode(
        await t.graphql(WRITE, { input: { collectiveId: collective.gid, kind: 'SUCCESS', title: 'Anonyme' } }),
      ),
    ).toBe('UNAUTHENTICATED');
    const badKind = await write(member, { kind: 'GOSSIP', title: 'Potins' });
    // A value outside the enum is refused by GraphQL itself (HTTP 400 for bad variables), before any resolver.
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors?.[0]?.message).toMatch(/GOSSIP/);
  });

  it('validates the title and the body length', async () => {
    const error = failure(
      await write(member, { kind: 'SUCCESS', title: 'ok', body: 'x'.repeat(5001) }),
      'writeJournalEntry',
    );
    expect(error.fieldErrors!.map((e) => e.path.join('.')).sort()).toEqual(['input.body', 'input.title']);
  });
});

describe('reading', () => {
  beforeAll(async () => {
    for (const [kind, title] of [
      ['SUCCESS', 'Premier contrat signé'],
      ['LEARNING', 'Prévoir une relecture croisée'],
      ['SUCCESS', 'Une recommandation a porté ses fruits'],
    ]) {
      payload(await write(coordinator, { kind, title }), 'writeJournalEntry', 'JournalEntrySuccess');
    }
  });

  it('lists entries newest first, page by page', async () => {
    const first = await t.graphql(READ, { slug: collective.slug, first: 2 }, member.as);
    const journal = first.body.data.collective.journal;
    expect(journal.totalCount).toBe(5);
    expect(journal.edges.map((e: any) => e.node.title)).toEqual([
      'Une recommandation a porté ses fruits',
      'Prévoir une relecture croisée',
    ]);
    const next = await t.graphql(
      READ,
      { slug: collective.slug, first: 2, after: journal.pageInfo.endCursor },
      member.as,
    );
    expect(next.body.data.collective.journal.edges.map((e: any) => e.node.title)).toEqual([
      'Premier contrat signé',
      '<b>Relire</b> avant',
    ]);
  });

  it('filters by kind', async () => {
    const { body } = await t.graphql(READ, { slug: collective.slug, kind: 'SUCCESS' }, coordinator.as);
    expect(body.data.collective.journal.totalCount).toBe(2);
    expect(body.data.collective.journal.edges.every((e: any) => e.node.kind === 'SUCCESS')).toBe(true);
  });

  it('is private: null for visitors and other members of the federation', async () => {
    expect((await t.graphql(READ, { slug: collective.slug })).body.data.collective.journal).toBeNull();
    expect((await t.graphql(READ, { slug: collective.slug }, outsider.as)).body.data.collective.journal).toBeNull();
  });
});
