// The console's lists over the seeded network, read with the console's own documents: they come in
// the order their captions announce, and "Tous les statuts" finds suspended members.
import { ApplicationQueueDocument, AdminMembersDocument, AuditLogDocument } from '@ekoacteurs/client';
import { print } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { As, TestGateway } from '../harness.ts';
import { startSeededGateway } from './seeded-network.ts';

let t: TestGateway;
let admin: As;

beforeAll(async () => {
  ({ t, admin } = await startSeededGateway());
});
afterAll(() => t?.stop());

async function read(document: Parameters<typeof print>[0], variables: Record<string, unknown>) {
  const { body } = await t.graphql(print(document), variables, admin);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const times = (edges: { node: { createdAt: string } }[]) => edges.map((edge) => Date.parse(edge.node.createdAt));

it('lists applications oldest first, across pages', async () => {
  const first = await read(ApplicationQueueDocument, { first: 2 });
  const second = await read(ApplicationQueueDocument, { first: 2, after: first.applicants.pageInfo.endCursor });
  const seen = times([...first.applicants.edges, ...second.applicants.edges]);
  expect(seen).toHaveLength(4);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  const oldest = await t.db.prisma.member.findFirstOrThrow({
    where: { status: 'APPLICANT' },
    orderBy: { createdAt: 'asc' },
  });
  expect(first.applicants.edges[0].node.email).toBe(oldest.email);
});

it('lists the audit log newest first: an action taken now opens page 1', async () => {
  const applicant = await t.db.prisma.member.findFirstOrThrow({ where: { status: 'APPLICANT' } });
  const decision = await t.graphql(
    'mutation ($id: ID!) { declineApplicant(memberId: $id) { __typename } }',
    { id: Buffer.from(`Member:${applicant.id}`).toString('base64') },
    admin,
  );
  expect(decision.body.errors).toBeUndefined();
  const first = await read(AuditLogDocument, { first: 25 });
  expect(first.auditLog.edges[0].node.action).toBe('membership.declined');
  const second = await read(AuditLogDocument, { first: 25, after: first.auditLog.pageInfo.endCursor });
  const seen = times([...first.auditLog.edges, ...second.auditLog.edges]);
  expect(seen).toEqual([...seen].sort((a, b) => b - a));
  expect(new Date(seen[0]!).getFullYear()).toBe(new Date().getFullYear());
});

it('finds a suspended member by name under "all statuses"', async () => {
  const suspended = await t.db.prisma.member.findFirstOrThrow({ where: { status: 'SUSPENDED' } });
  const firstName = suspended.displayName.split(' ')[0]!;
  const all = ['ACTIVE', 'APPLICANT', 'SUSPENDED', 'LEFT', 'DECLINED'];
  const found = await read(AdminMembersDocument, { first: 25, search: firstName, statuses: all });
  expect(found.members.edges.map((edge: { node: { email: string } }) => edge.node.email)).toContain(suspended.email);
});
