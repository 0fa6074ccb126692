// Password sign-in under a flood of concurrent guesses: each attempt is reserved before its hash
// runs (per address and per IP), so however many arrive at once only the allowed number are
// checked, and a locked address stays locked even for the right password. The hashes are the real
// ones (argon2id); the test only counts how many run.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PER_EMAIL } from '../../src/auth/attempts.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import { addMember, startTestGateway, type TestGateway } from '../harness.ts';

const hashes = vi.hoisted(() => ({ checked: 0 }));
vi.mock('@node-rs/argon2', async (real) => {
  const argon2 = await real<typeof import('@node-rs/argon2')>();
  return {
    ...argon2,
    verify: (...args: Parameters<typeof argon2.verify>) => {
      hashes.checked++;
      return argon2.verify(...args);
    },
  };
});

const PER_IP = 12;
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ AUTH_ATTEMPTS_PER_IP_PER_HOUR: PER_IP, TRUST_PROXY: true });
});
afterAll(() => t?.stop());

const PASSWORD = `mutation($e: String!, $p: String!) { signInWithPassword(email: $e, password: $p) { __typename ... on Error { code } } }`;
const RIGHT = 'le bon mot de passe, enfin';
let ipCounter = 0;
const fromIp = (ip = `198.51.100.${++ipCounter}`) => ({ headers: { 'x-forwarded-for': ip } });

async function memberWithPassword(handle: string) {
  const member = await addMember(t, { handle });
  await t.db.prisma.member.update({ where: { id: member.id }, data: { passwordHash: await hashPassword(RIGHT) } });
  return member.email;
}

describe('password attempts under concurrency', () => {
  it(
    'runs at most the allowed hashes for 80 wrong passwords sent at once, then refuses the right one',
    { timeout: 120_000 },
    async () => {
      const email = await memberWithPassword('assiegee');
      hashes.checked = 0;
      // Each guess from its own address: only the per-address limit applies.
      const answers = await Promise.all(
        Array.from({ length: 80 }, (_, n) => t.graphql(PASSWORD, { e: email, p: `mauvais ${n}` }, fromIp())),
      );
      expect(answers.map((a) => a.body.data?.signInWithPassword.code)).toEqual(Array(80).fill('INVALID_CREDENTIALS'));
      expect(hashes.checked).toBe(PER_EMAIL.password.max);

      const right = await t.graphql(PASSWORD, { e: email, p: RIGHT }, fromIp());
      expect(right.body.data.signInWithPassword.code).toBe('INVALID_CREDENTIALS');
      expect(right.headers.get('set-cookie')).toBeNull();
      expect(hashes.checked).toBe(PER_EMAIL.password.max);
      // Every attempt is still on record for admins.
      expect(
        await t.db.prisma.auditLogEntry.count({ where: { action: 'auth.password_failed', targetId: email } }),
      ).toBe(81);
    },
  );

  it('lets a member who types the right password sign in again and again (only failures count)', async () => {
    const email = await memberWithPassword('reguliere');
    for (let n = 0; n < PER_EMAIL.password.max + 2; n++) {
      const answer = await t.graphql(PASSWORD, { e: email, p: RIGHT }, fromIp());
      expect(answer.body.data.signInWithPassword.__typename).toBe('SignInSuccess');
    }
  });

  it(
    'caps the hashes one address runs across many accounts, however many requests arrive at once',
    { timeout: 120_000 },
    async () => {
      const emails = await Promise.all(Array.from({ length: 40 }, (_, n) => memberWithPassword(`cible-${n}`)));
      hashes.checked = 0;
      const answers = await Promise.all(
        emails.map((e) => t.graphql(PASSWORD, { e, p: 'mauvais' }, fromIp('203.0.113.50'))),
      );
      const codes = answers.map((a) => a.body.errors?.[0]?.extensions?.code ?? a.body.data?.signInWithPassword.code);
      expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(PER_IP);
      expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(40 - PER_IP);
      expect(hashes.checked).toBe(PER_IP);
    },
  );
});
