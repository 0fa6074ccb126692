// The life of an opportunity after it is posted: editing, the status workflow, closing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, startTestGateway, type TestGateway } from '../harness.ts';
import type { Person } from '../people.ts';
import { camilleYanisAndAdmin, express, mutate, notificationsOf, post, refusal } from './steps.ts';

let t: TestGateway;
let camille: Person;
let yanis: Person;
let admin: Person;

beforeAll(async () => {
  t = await startTestGateway();
  ({ camille, yanis, admin } = await camilleYanisAndAdmin(t));
});
afterAll(() => t?.stop());

const SET_STATUS = `mutation($id: ID!, $status: OpportunityStatus!) {
  setOpportunityStatus(id: $id, status: $status) { __typename ... on OpportunitySuccess { opportunity { status closedAt } } ... on Error { message } }
}`;
const CLOSE = `mutation($id: ID!) { closeOpportunity(id: $id) { __typename ... on OpportunitySuccess { opportunity { status closedAt } } ... on Error { message } } }`;
const UPDATE = `mutation($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) {
    __typename
    ... on OpportunitySuccess { opportunity { title description region deadline skills { slug } } }
    ... on ValidationError { fieldErrors { path } }
    ... on Error { message }
  }
}`;
const status = (id: string, to: string, who = camille) => mutate(t, who.as, SET_STATUS, { id, status: to });

describe('the status workflow', () => {
  it('takes a call for tenders from OPEN to WON, and WON is final', async () => {
    const id = await post(t, camille);
    for (const to of ['TEAM_FORMING', 'SUBMITTED', 'WON']) expect((await status(id, to)).opportunity.status).toBe(to);
    const won = await status(id, 'CLOSED');
    expect(won).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('final') });
    const row = await t.db.prisma.opportunity.findFirstOrThrow({ where: { status: 'WON' } });
    expect(row.closedAt).not.toBeNull();
  });

  it('refuses skipped steps and steps that only calls for tenders take', async () => {
    const tender = await post(t, camille);
    expect(await status(tender, 'SUBMITTED')).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('from OPEN'),
    });
    expect(await status(tender, 'OPEN')).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('already OPEN'),
    });
    const project = await post(t, camille, { kind: 'PROJECT', title: 'Un projet collectif' });
    await status(project, 'TEAM_FORMING');
    expect(await status(project, 'SUBMITTED')).toMatchObject({
      __typename: 'ConflictError',
      message: 'Only calls for tenders can be SUBMITTED.',
    });
    // Back to gathering interest is allowed.
    expect((await status(project, 'OPEN')).opportunity.status).toBe('OPEN');
  });

  it('closes a live opportunity and tells those who took part', async () => {
    const id = await post(t, camille);
    await express(t, yanis, id);
    const closed = await mutate(t, camille.as, CLOSE, { id });
    expect(closed.opportunity.status).toBe('CLOSED');
    expect(closed.opportunity.closedAt).toEqual(expect.any(String));
    expect((await notificationsOf(t, yanis)).at(-1)).toMatchObject({
      kind: 'opportunity.status_changed',
      data: { status: 'CLOSED' },
    });
    expect(await mutate(t, camille.as, CLOSE, { id })).toMatchObject({ __typename: 'ConflictError' });
  });

  it('is the managers’ decision: other members and admins are refused', async () => {
    const id = await post(t, camille);
    expect(await refusal(t, yanis.as, CLOSE, { id })).toBe('FORBIDDEN');
    expect(await refusal(t, admin.as, SET_STATUS, { id, status: 'TEAM_FORMING' })).toBe('FORBIDDEN');
    expect(
      await mutate(t, yanis.as, CLOSE, { id: globalId('Opportunity', '00000000-0000-7000-8000-000000000000') }),
    ).toMatchObject({
      __typename: 'NotFoundError',
    });
  });

  it('keeps concurrent moves in a valid order', async () => {
    const id = await post(t, camille);
    const outcomes = await Promise.all([status(id, 'CLOSED'), status(id, 'TEAM_FORMING')]);
    const row = await t.db.prisma.opportunity.findFirstOrThrow({
      where: { id: Buffer.from(id, 'base64').toString().split(':')[1]! },
    });
    // CLOSED first refuses TEAM_FORMING; TEAM_FORMING first lets CLOSED follow. Never reopened after closing.
    expect([
      { results: ['OpportunitySuccess', 'ConflictError'], status: 'CLOSED' },
      { results: ['OpportunitySuccess', 'OpportunitySuccess'], status: 'CLOSED' },
    ]).toContainEqual({ results: outcomes.map((o) => o.__typename), status: row.status });
  });
});

describe('editing', () => {
  it('changes only the fields given, and clears the deadline with null', async () => {
    const deadline = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
    const id = await post(t, camille, { deadline });
    const skill = await t.db.prisma.skill.create({
      data: { slug: 'ux', name: 'UX', nameEn: 'UX', domain: 'PRODUCTION' },
    });
    const edited = await mutate(t, camille.as, UPDATE, {
      input: { id, title: 'Refonte du site, lot 2', skillIds: [globalId('Skill', skill.id)] },
    });
    expect(edited.opportunity).toMatchObject({
      title: 'Refonte du site, lot 2',
      region: 'Bretagne',
      deadline,
      skills: [{ slug: 'ux' }],
    });
    const cleared = await mutate(t, camille.as, UPDATE, { input: { id, deadline: null } });
    expect(cleared.opportunity).toMatchObject({
      title: 'Refonte du site, lot 2',
      deadline: null,
      skills: [{ slug: 'ux' }],
    });
  });

  it('validates what is given, and refuses a finished opportunity', async () => {
    const id = await post(t, camille);
    const invalid = await mutate(t, camille.as, UPDATE, { input: { id, title: '', region: 'x'.repeat(61) } });
    expect(invalid.fieldErrors.map((e: any) => e.path.join('.')).sort()).toEqual(['input.region', 'input.title']);
    await mutate(t, camille.as, CLOSE, { id });
    expect(await mutate(t, camille.as, UPDATE, { input: { id, title: 'Trop tard pour changer' } })).toMatchObject({
      __typename: 'ConflictError',
    });
    expect(await refusal(t, yanis.as, UPDATE, { input: { id, title: 'Pas le mien' } })).toBe('FORBIDDEN');
  });
});
