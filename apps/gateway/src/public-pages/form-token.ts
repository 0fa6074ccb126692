// The contact form's signed timestamp: when the form was served, signed so a robot cannot
// backdate it. A message posted within seconds of loading the form is a robot's; a form kept
// open for days asks to be sent again (the visitor's text is kept). Each token carries a random
// nonce, so no two pages share one: contact.ts accepts each token once (through the limiter).
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export const MIN_FILL_MS = 3_000;
// Cached pages may carry a form a day old (their ETag changes daily, see index.ts): allow two.
export const MAX_AGE_MS = 48 * 3600_000;

export type TokenCheck = 'ok' | 'too-fast' | 'expired' | 'invalid';

export interface FormTokens {
  issue(now?: number): string;
  check(token: string, now?: number): TokenCheck;
}

/**
 * Replicas behind one database must accept each other's tokens, so the key is derived from the
 * secrets they share (the database and SMTP URLs, credentials included). The embedded database
 * runs in one process only: a random key per process is enough there.
 */
export function formTokenKey(shared: { databaseUrl?: string; smtpUrl?: string }): Buffer {
  if (!shared.databaseUrl) return randomBytes(32);
  const material = `${shared.databaseUrl}\u0000${shared.smtpUrl ?? ''}`;
  return Buffer.from(hkdfSync('sha256', material, 'ekoacteurs/public-pages', 'contact-form-token', 32));
}

export function createFormTokens(key: Buffer): FormTokens {
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url').slice(0, 32);
  return {
    issue(now = Date.now()) {
      const payload = `${now.toString(36)}.${randomBytes(9).toString('base64url')}`;
      return `${payload}.${sign(payload)}`;
    },
    check(token, now = Date.now()) {
      const match = /^(([0-9a-z]{1,12})\.[\w-]{12})\.([\w-]{32})$/.exec(token);
      if (!match) return 'invalid';
      const expected = Buffer.from(sign(match[1]!));
      const given = Buffer.from(match[3]!);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
      const age = now - parseInt(match[2]!, 36);
      if (age < MIN_FILL_MS) return 'too-fast';
      if (age > MAX_AGE_MS) return 'expired';
      return 'ok';
    },
  };
}
