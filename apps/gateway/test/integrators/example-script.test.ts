// examples/integrator.mjs runs as an integrator would run it — a separate Node process with only a
// token — against a started gateway: token → directory → workshops → notifications → registration.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addMember, startTestGateway, type TestGateway } from '../harness.ts';
import { tokenFor } from '../people.ts';
import { workshop } from '../workshops/fixtures.ts';

const SCRIPT = fileURLToPath(new URL('../../../../examples/integrator.mjs', import.meta.url));
let t: TestGateway;
let token: string;

beforeAll(async () => {
  t = await startTestGateway();
  const camille = await addMember(t, { handle: 'camille-martin' });
  await addMember(t, { handle: 'leonie-fabre' });
  await workshop(t, { title: 'Prospecter sans s’épuiser', capacity: 12 });
  token = (await tokenFor(t, camille, ['read:public', 'read:network', 'write:workshops'])).token!;
});
afterAll(() => t?.stop());

it('goes from a token to a registration and the notification that follows', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT], {
    env: { PATH: process.env.PATH, EKO_API: `${t.url}/graphql`, EKO_TOKEN: token },
    timeout: 30_000,
  });
  expect(stdout).toContain('Signed in as camille martin (@camille-martin)');
  expect(stdout).toMatch(/Directory: 2 members; first ones: camille martin, leonie fabre/);
  expect(stdout).toMatch(/Registered for "Prospecter sans s’épuiser" \(.+\): CONFIRMED/);
  expect(stdout).toMatch(/Notification: workshop\.registered .*Prospecter sans s’épuiser/);
  const seats = await t.db.prisma.workshopRegistration.count({ where: { status: 'CONFIRMED' } });
  expect(seats).toBe(1);
});

it('says what to do when no token is given', async () => {
  const run = promisify(execFile)(process.execPath, [SCRIPT], {
    env: { PATH: process.env.PATH, EKO_API: `${t.url}/graphql` },
  });
  await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Set EKO_TOKEN') });
});
