// docs/errors.md, "A refused field": a root field the caller may not read answers null with its
// error, and the other fields of the operation are still answered (data is never null for it).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './harness.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t?.stop());

it('answers the other fields when one root field is refused', async () => {
  const { status, body } = await t.graphql('{ workshops(first: 1) { totalCount } auditLog(first: 1) { totalCount } }');
  expect(status).toBe(200);
  expect(body.data).toEqual({ workshops: { totalCount: expect.any(Number) }, auditLog: null });
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0]).toMatchObject({ path: ['auditLog'], extensions: { code: 'UNAUTHENTICATED' } });
  expect(body.errors![0]!.message).toBe('Sign in (or send an API token) to use Query.auditLog.');
});

it('answers null, not a whole null data, for a filter only admins may use', async () => {
  const { body } = await t.graphql('{ skills { id } workshops(first: 1, status: DRAFT) { totalCount } }');
  expect(body.data.workshops).toBeNull();
  expect(Array.isArray(body.data.skills)).toBe(true);
});
