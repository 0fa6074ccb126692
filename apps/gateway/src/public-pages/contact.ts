// A visitor writes to a member through their public page. The message is stored (ContactMessage),
// the member is notified in the app and by email (with the visitor's address, so they can answer);
// the member's own address is never shown. Against spam: a honeypot field, a minimum time to fill
// the form (signed timestamp), each form token accepted once, and a per-address limit. The limit and
// the tokens' single use go through the gateway's one limiter (security/limiter.ts: Redis when
// configured, the database otherwise), atomically, so they hold across replicas and concurrent posts.
import type { IncomingMessage } from 'node:http';
import type { PrismaClient } from '@ekoacteurs/db';
import { recordAudit } from '../audit.ts';
import { reserve } from '../auth/attempts.ts';
import { CLIENT_IP_HEADER } from '../auth/identify.ts';
import type { Mailer } from '../email/mailer.ts';
import type { EventBus } from '../events/bus.ts';
import { notify, publish } from '../notify.ts';
import { parseContact, type ContactInput, type ContactProblem } from './contact-input.ts';
import { findContactRecipient } from './data/member.ts';
import type { RateLimiter, WindowLimit } from '../security/limiter.ts';
import { MAX_AGE_MS, type FormTokens } from './form-token.ts';
import { FormTooLarge, readForm } from './http.ts';
import { messages } from './i18n.ts';
import { absolute, paths } from './urls.ts';

/** Messages (and blocked attempts) per client address per hour. */
export const CONTACT_LIMIT: WindowLimit = { name: 'contact:ip', max: 10, windowMs: 60 * 60_000 };
/** Each form token sends one message: the first post with it wins, the others are refused. */
const TOKEN_USES: WindowLimit = { name: 'contact:token', max: 1, windowMs: MAX_AGE_MS };
export const CONTACT_ACTIONS = { sent: 'contact.sent', blocked: 'contact.blocked' } as const;
// Room for a message well over its limit (5,000 characters, up to 4 bytes each, encoded): one too long
// gets its message next to the field, the text kept, rather than a bare 413.
const MAX_BODY_BYTES = 128 * 1024;

export type ContactOutcome =
  | { kind: 'missing' | 'gone' }
  | { kind: 'refused'; status: 403 | 413 | 415; reason: string }
  /** Sent, or silently dropped (a robot filled the honeypot): the visitor sees the same confirmation. */
  | { kind: 'accepted' }
  | { kind: 'problems'; status: 422 | 429; values: ContactInput; problems: ContactProblem[] };

export interface ContactDeps {
  prisma: PrismaClient;
  mailer: Mailer;
  events: EventBus;
  tokens: FormTokens;
  publicUrl: string;
  /** The gateway's limiter for rare events (createLimiters().attempts). */
  limiter: RateLimiter;
}

/**
 * The form posts to its own origin. A browser sends Origin with every POST: when present it must be
 * this site (its public address, or the host the request was sent to); "null" (sandboxed or
 * privacy-stripped) is refused too.
 */
export function sameOrigin(req: IncomingMessage, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (origin === new URL(publicUrl).origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export async function receiveContact(deps: ContactDeps, req: IncomingMessage, handle: string): Promise<ContactOutcome> {
  if (!sameOrigin(req, deps.publicUrl))
    return { kind: 'refused', status: 403, reason: 'This form can only be sent from the member’s page on this site.' };
  let form: URLSearchParams | null;
  try {
    form = await readForm(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof FormTooLarge) return { kind: 'refused', status: 413, reason: 'The message is too long.' };
    throw error;
  }
  if (!form) return { kind: 'refused', status: 415, reason: 'Send the form as application/x-www-form-urlencoded.' };

  const found = await findContactRecipient(deps.prisma, handle);
  if (found.kind !== 'found') return { kind: found.kind };
  const { recipient } = found;

  const ip = String(req.headers[CLIENT_IP_HEADER] ?? '');
  const userAgent = String(req.headers['user-agent'] ?? '');
  const audit = { actorId: null, ip, userAgent, targetType: 'Member', targetId: recipient.id };
  const { values, input, problems } = parseContact(form);
  const robot = (form.get('website') ?? '') !== '';
  const token = deps.tokens.check(form.get('token') ?? '');

  // Every post from an address counts (a robot's too), except one that only has fields to correct.
  const fromIp = await reserve(deps.limiter, CONTACT_LIMIT, ip);
  if (!fromIp) return { kind: 'problems', status: 429, values, problems: [{ field: 'form', message: 'rateLimited' }] };
  if (robot) {
    await recordAudit(deps.prisma, { ...audit, action: CONTACT_ACTIONS.blocked, data: { reason: 'honeypot' } });
    return { kind: 'accepted' };
  }
  if (token !== 'ok') {
    // Counted: a robot posting at once, or a forged form, uses up its address's allowance.
    await recordAudit(deps.prisma, { ...audit, action: CONTACT_ACTIONS.blocked, data: { reason: token } });
    return {
      kind: 'problems',
      status: 422,
      values,
      problems: [{ field: 'form', message: token === 'too-fast' ? 'tooFast' : 'expired' }, ...problems],
    };
  }
  if (!input) {
    await fromIp.release();
    return { kind: 'problems', status: 422, values, problems };
  }
  // The token is spent only now, when the message will be sent: of two posts with it, one wins.
  if (!(await reserve(deps.limiter, TOKEN_USES, form.get('token') ?? ''))) {
    await recordAudit(deps.prisma, { ...audit, action: CONTACT_ACTIONS.blocked, data: { reason: 'reused' } });
    return { kind: 'problems', status: 422, values, problems: [{ field: 'form', message: 'alreadySent' }] };
  }

  const result = await deps.prisma.$transaction(async (tx) => {
    const message = await tx.contactMessage.create({
      data: { memberId: recipient.id, senderName: input.name, senderEmail: input.email, body: input.message, ip },
      select: { id: true },
    });
    const event = await notify(tx, {
      memberId: recipient.id,
      kind: 'contact.message_received',
      data: { contactMessageId: message.id, senderName: input.name },
    });
    await recordAudit(tx, { ...audit, action: CONTACT_ACTIONS.sent, data: { contactMessageId: message.id } });
    return { event, input };
  });

  publish({ events: deps.events }, [result.event]);
  const t = messages(recipient.locale === 'EN' ? 'en' : 'fr');
  const pageUrl = absolute(deps.publicUrl, paths.member(recipient.handle));
  await deps.mailer.send({
    to: recipient.email,
    subject: t('contact.mail.subject', { sender: result.input.name }),
    text: t('contact.mail.text', {
      member: recipient.displayName,
      sender: result.input.name,
      address: result.input.email,
      page: pageUrl,
      message: result.input.message,
    }),
    kind: 'contact-message',
  });
  return { kind: 'accepted' };
}
