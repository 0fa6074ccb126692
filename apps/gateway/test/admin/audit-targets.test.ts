// The audit log names what each entry acted on (a member's name, a workshop's title and slug, a
// token's name) so the console can write sentences with links; a target that is gone has no name.
import { AuditLogDocument } from '@ekoacteurs/client';
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

interface Node {
  action: string;
  targetType: string;
  targetId: string;
  targetLabel: string | null;
  targetNodeId: string | null;
  targetSlug: string | null;
}

async function page(variables: Record<string, unknown>): Promise<Node[]> {
  const { body } = await t.graphql(print(AuditLogDocument), { first: 100, ...variables }, admin);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.auditLog.edges.map((edge: { node: Node }) => edge.node);
}

it('names members, workshops and tokens, with their global ID and slug', async () => {
  const entries = await page({});
  const member = entries.find((e) => e.targetType === 'Member')!;
  const row = await t.db.prisma.member.findUniqueOrThrow({ where: { id: member.targetId } });
  expect(member.targetLabel).toBe(row.displayName);
  expect(member.targetNodeId).toBe(Buffer.from(`Member:${row.id}`).toString('base64'));

  const workshop = entries.find((e) => e.targetType === 'Workshop')!;
  const w = await t.db.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.targetId } });
  expect([workshop.targetLabel, workshop.targetSlug]).toEqual([w.title, w.slug]);
});

it('names a revoked token, and says nothing of a target that no longer exists', async () => {
  const actor = await t.db.prisma.member.findUniqueOrThrow({ where: { email: 'admin@ekoacteurs.fr' } });
  const token = await t.db.prisma.apiToken.create({
    data: {
      kind: 'INTEGRATION',
      name: 'CRM',
      prefix: 'eko_test',
      tokenHash: 'audit-targets-test',
      scopes: [],
      ownerId: actor.id,
      revokedAt: new Date(),
    },
  });
  const base = { actorId: actor.id, ip: '127.0.0.1', userAgent: 'test', data: {} };
  await t.db.prisma.auditLogEntry.createMany({
    data: [
      { ...base, action: 'token.revoked', targetType: 'ApiToken', targetId: token.id },
      { ...base, action: 'member.suspended', targetType: 'Member', targetId: '00000000-0000-7000-8000-000000000000' },
    ],
  });
  const entries = await page({ since: new Date(Date.now() - 60_000).toISOString() });
  expect(entries.find((e) => e.action === 'token.revoked')?.targetLabel).toBe('CRM');
  const gone = entries.find((e) => e.targetId === '00000000-0000-7000-8000-000000000000')!;
  expect([gone.targetLabel, gone.targetNodeId]).toEqual([null, null]);
});
