// Two gateway replicas on one database and one Redis (127.0.0.1:6379, or TEST_REDIS_URL): a
// notification made on replica A reaches its member's subscription open on replica B, over real SSE.
import { expect, it } from 'vitest';
import { createSession } from '../../src/auth/sessions.ts';
import { globalId, graphqlAt, type As } from '../harness.ts';
import { subscribedOnRedis, useReplicas } from '../replicas.ts';
import { NOTIFICATION_ADDED, subscribe } from './sse.ts';

const replicas = useReplicas();
const listening = (memberId: string) => subscribedOnRedis(replicas.redis, `notification:${memberId}`);

async function member(handle: string): Promise<{ id: string; as: As }> {
  const row = await replicas.db.prisma.member.create({
    data: { handle, displayName: handle, email: `${handle}@example.fr`, status: 'ACTIVE' },
  });
  const { secret } = await createSession(replicas.db.prisma, row.id, '127.0.0.1', 'vitest');
  return { id: row.id, as: { cookie: `eko_session=${secret}` } };
}

async function recommend(url: string, as: As, memberId: string, clientName: string) {
  const response = await graphqlAt(
    url,
    'mutation($input: RecommendMemberInput!) { recommendMember(input: $input) { __typename } }',
    { input: { memberId: globalId('Member', memberId), clientName, note: 'Une facilitatrice hors pair.' } },
    as,
  );
  expect(response.body.data.recommendMember.__typename).toBe('RecommendationSuccess');
}

it('delivers a notification made on one replica to a subscriber on another', async () => {
  const { a, b } = replicas;
  const camille = await member('camille');
  const yanis = await member('yanis');

  const stream = await subscribe(b, NOTIFICATION_ADDED, camille.as);
  expect(stream.status).toBe(200);
  await listening(camille.id);

  await recommend(a, yanis.as, camille.id, 'Coopérative Oxalis');

  const event = await stream.next();
  expect(event.data.notificationAdded.kind).toBe('recommendation.received');
  expect(event.data.notificationAdded.data).toMatchObject({ memberHandle: 'yanis', clientName: 'Coopérative Oxalis' });
  stream.close();
});

it('delivers once, not twice, to a subscriber on the replica that made the change', async () => {
  const { a } = replicas;
  const lea = await member('lea');
  const noor = await member('noor');
  const stream = await subscribe(a, NOTIFICATION_ADDED, lea.as);
  await listening(lea.id);
  for (const clientName of ['Premier client', 'Second client']) await recommend(a, noor.as, lea.id, clientName);
  // Had Redis echoed the first event back to its own replica, it would come twice before the second.
  const received = [await stream.next(), await stream.next()].map(
    (event) => event.data.notificationAdded.data.clientName,
  );
  expect(received).toEqual(['Premier client', 'Second client']);
  stream.close();
});
