// A test gateway over the seeded demo network, and a session for its admin (admin@ekoacteurs.fr):
// where the admin tests that read realistic data start.
import { seed } from '@ekoacteurs/db/seed';
import { createSession } from '../../src/auth/sessions.ts';
import { startTestGateway, type As, type TestGateway } from '../harness.ts';

export async function startSeededGateway(): Promise<{ t: TestGateway; admin: As }> {
  const t = await startTestGateway();
  await seed(t.db.prisma);
  const { id } = await t.db.prisma.member.findUniqueOrThrow({ where: { email: 'admin@ekoacteurs.fr' } });
  const { secret } = await createSession(t.db.prisma, id, '127.0.0.1', 'test');
  return { t, admin: { cookie: `eko_session=${secret}` } };
}
