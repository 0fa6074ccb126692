// Signatures as an integrator checks them: HMAC-SHA256 over "<t>.<body>", fresh, with the secret.
import { createHmac } from 'node:crypto';
import { expect, it } from 'vitest';
import { newWebhookSecret, signatureHeader, verifySignature } from '../../src/webhooks/sign.ts';

const secret = newWebhookSecret();
const body = '{"id":"d1","event":"page.published","data":{}}';
const now = new Date('2026-03-14T09:30:00Z');

it('signs "<timestamp>.<body>" with HMAC-SHA256, in a header an integrator can recompute', () => {
  const header = signatureHeader(secret, body, now);
  const t = Math.floor(now.getTime() / 1000);
  expect(header).toBe(`t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`);
  expect(verifySignature(secret, header, body, { now })).toBe(true);
});

it('refuses a changed body, another secret, a stale or a malformed signature', () => {
  const header = signatureHeader(secret, body, now);
  expect(verifySignature(secret, header, body.replace('d1', 'd2'), { now })).toBe(false);
  expect(verifySignature(newWebhookSecret(), header, body, { now })).toBe(false);
  expect(verifySignature(secret, header, body, { now: new Date(now.getTime() + 10 * 60_000) })).toBe(false);
  expect(verifySignature(secret, 't=abc,v1=zz', body, { now })).toBe(false);
  expect(verifySignature(secret, '', body, { now })).toBe(false);
});

it('gives each webhook its own unguessable secret', () => {
  const secrets = new Set(Array.from({ length: 50 }, () => newWebhookSecret()));
  expect(secrets.size).toBe(50);
  expect([...secrets][0]).toMatch(/^whsec_[\w-]{43}$/);
});
