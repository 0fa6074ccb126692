// Signing in and out: emailed magic links, optional passwords, sessions.
import type { Prisma } from '@ekoacteurs/db';
import { z } from 'zod';
import { PER_EMAIL, perIp, reserve, reserveFromIp, type IpAction } from '../../auth/attempts.ts';
import { serializeSessionCookie } from '../../auth/cookies.ts';
import { hashPassword, PASSWORD_MIN_LENGTH, verifyNothing, verifyPassword } from '../../auth/passwords.ts';
import { hashSecret, newSecret } from '../../auth/secrets.ts';
import { createSession, revokeSessions } from '../../auth/sessions.ts';
import { publishAccessChange } from '../../events/live-streams.ts';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { applicationPendingEmail, passwordResetEmail, signInLinkEmail } from '../../email/templates.ts';
import { AppError, NotFoundError, SignInLinkInvalidError, ValidationError } from '../../errors.ts';
import { localize } from '../../i18n/localize.ts';
import { builder } from '../builder.ts';
import { ErrorInterface } from '../errors.ts';
import { MemberType } from '../network/member.ts';
import { isUuid, parseInput } from '../validate.ts';

const LINK_MINUTES = 15;
const email = z
  .email({ error: 'email.invalid' })
  .max(254)
  .transform((v) => v.trim().toLowerCase());
const newPassword = z.string().min(PASSWORD_MIN_LENGTH, { error: 'password.min' }).max(200, { error: 'text.max' });

export class InvalidCredentialsError extends AppError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('This email and password do not match. Check them, or sign in with an emailed link.');
  }
}

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  description:
    'The email/password pair is wrong, or the account has no password, or too many attempts were made. Code INVALID_CREDENTIALS.',
  interfaces: [ErrorInterface],
});

const EmailSentSuccess = builder.objectRef<{ message: string }>('EmailSentSuccess').implement({
  description: 'The request was taken. The same answer is given whether or not the address has an account.',
  fields: (t) => ({
    message: t.string({
      description:
        'What happens next, for a person: in French when the request prefers French (Accept-Language), else English.',
      resolve: (payload, _args, ctx) => localize(payload.message, ctx.lang),
    }),
  }),
});

const SignInSuccess = builder.objectRef<{ memberId: string }>('SignInSuccess').implement({
  description: 'Signed in: the session cookie is set on this response.',
  fields: (t) => ({
    viewer: t.prismaField({
      type: MemberType,
      description: 'The member now signed in.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.member.findUniqueOrThrow({ ...query, where: { id: payload.memberId } }),
    }),
  }),
});

const SignOutSuccess = builder.objectRef<{ sessionsEnded: number }>('SignOutSuccess').implement({
  description: 'Signed out: the session cookie is cleared on this response.',
  fields: (t) => ({ sessionsEnded: t.exposeInt('sessionsEnded', { description: 'How many sessions were ended.' }) }),
});

const SetPasswordSuccess = builder.objectRef<{ sessionsEnded: number }>('SetPasswordSuccess').implement({
  description: 'The password is set; the member’s other sessions were ended (this one stays signed in).',
  fields: (t) => ({
    sessionsEnded: t.exposeInt('sessionsEnded', { description: 'How many other sessions were ended.' }),
  }),
});

builder.prismaObject('Session', {
  description: 'A signed-in browser. Ending it signs that browser out at once.',
  select: { id: true },
  fields: (t) => ({
    id: t.globalID({
      description: 'The session’s global ID, for endSession.',
      resolve: (session) => ({ type: 'Session', id: session.id }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it signed in.' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime', description: 'Last activity (to within 5 minutes).' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When it will end by itself.' }),
    ip: t.exposeString('ip', { description: 'Address it signed in from.' }),
    userAgent: t.exposeString('userAgent', { description: 'Browser it signed in with.' }),
    current: t.boolean({
      description: 'True for the session making this request.',
      resolve: (session, _args, ctx) => ctx.caller.kind === 'session' && ctx.caller.sessionId === session.id,
    }),
  }),
});

async function startSession(ctx: Context, memberId: string, method: string) {
  const { session, secret } = await createSession(ctx.prisma, memberId, ctx.caller.ip, ctx.userAgent);
  ctx.setCookie(serializeSessionCookie(ctx.config.PUBLIC_URL, secret));
  // The rest of this response (the payload's viewer) is read as the member just signed in.
  const member = await ctx.prisma.member.findUniqueOrThrow({
    where: { id: memberId },
    select: { role: true, status: true },
  });
  ctx.caller = {
    kind: 'session',
    ip: ctx.caller.ip,
    sessionId: session.id,
    memberId,
    role: member.role,
    status: member.status,
  };
  await auditSignIn(ctx, 'auth.signed_in', memberId, 'Session', session.id, { method });
  return { memberId };
}

async function issueLink(ctx: Context, memberId: string, purpose: 'SIGN_IN' | 'PASSWORD_RESET') {
  const { secret, hash } = newSecret();
  await ctx.prisma.signInToken.create({
    data: {
      tokenHash: hash,
      memberId,
      purpose,
      ip: ctx.caller.ip,
      expiresAt: new Date(Date.now() + LINK_MINUTES * 60_000),
    },
  });
  // The secret travels in the fragment: it never reaches server logs or Referer headers.
  const page = purpose === 'SIGN_IN' ? 'connexion/lien' : 'connexion/nouveau-mot-de-passe';
  return `${ctx.config.PUBLIC_URL}/${page}#token=${secret}`;
}

/** Marks a link used, once: of two concurrent uses of the same link, exactly one wins. */
async function consumeLink(ctx: Context, secret: string, purpose: 'SIGN_IN' | 'PASSWORD_RESET') {
  const link = await ctx.prisma.signInToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { id: true, memberId: true, purpose: true },
  });
  if (!link || link.purpose !== purpose) throw new SignInLinkInvalidError();
  const { count } = await ctx.prisma.signInToken.updateMany({
    where: { id: link.id, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count !== 1) throw new SignInLinkInvalidError();
  const member = await ctx.prisma.member.findUniqueOrThrow({
    where: { id: link.memberId },
    select: { id: true, status: true },
  });
  if (member.status !== 'ACTIVE') throw new SignInLinkInvalidError();
  return member;
}

export function refuseBurstFromIp(ctx: Context, action: IpAction) {
  return reserveFromIp(ctx.limiter, perIp(action, ctx.config.AUTH_ATTEMPTS_PER_IP_PER_HOUR), ctx.caller.ip);
}

/** Records a sign-in event in the audit log, with this request's address and browser. */
function auditSignIn(
  ctx: Context,
  action: string,
  actorId: string | null,
  targetType: string,
  targetId: string,
  data?: Prisma.InputJsonObject,
) {
  return recordAudit(ctx.prisma, {
    actorId,
    action,
    targetType,
    targetId,
    data,
    ip: ctx.caller.ip,
    userAgent: ctx.userAgent,
  });
}

/**
 * What both emailed-link requests do first: check the address, count the request (per IP, which
 * may refuse it, and per address), audit it, and find the address's member — null past the
 * per-address limit, so that no one can flood a member's inbox.
 */
async function linkRequest(ctx: Context, rawEmail: string, data?: Prisma.InputJsonObject) {
  const address = parseInput(email, rawEmail, ['email']);
  await refuseBurstFromIp(ctx, 'sign-in-link');
  const tooMany = !(await reserve(ctx.limiter, PER_EMAIL.signInLink, address));
  await auditSignIn(ctx, 'auth.sign_in_link_requested', null, 'Email', address, data);
  const member = await ctx.prisma.member.findUnique({
    where: { email: address },
    select: { id: true, displayName: true, locale: true, status: true },
  });
  return { address, member: tooMany ? null : member };
}

const SAME_ANSWER = {
  signIn:
    'If an account uses this address, a sign-in link is on its way (valid 15 minutes). Check your inbox and spam folder.',
  reset: 'If an account uses this address, a link to choose a new password is on its way (valid 15 minutes).',
};

builder.mutationFields((t) => ({
  requestSignInLink: t.field({
    type: EmailSentSuccess,
    description:
      'Emails a single-use sign-in link, valid 15 minutes. Answers the same whether or not the address has an account. Limited per address and per IP.',
    errors: { types: [ValidationError] },
    args: { email: t.arg.string({ required: true, description: 'The address the member registered with.' }) },
    resolve: async (_root, args, ctx) => {
      const { address, member } = await linkRequest(ctx, args.email);
      if (member) {
        if (member.status === 'ACTIVE') {
          const link = await issueLink(ctx, member.id, 'SIGN_IN');
          await ctx.mailer.send({
            to: address,
            ...signInLinkEmail(member.locale, member.displayName, link, LINK_MINUTES),
          });
        } else if (member.status === 'APPLICANT') {
          await ctx.mailer.send({ to: address, ...applicationPendingEmail(member.locale, member.displayName) });
        }
      }
      return { message: SAME_ANSWER.signIn };
    },
  }),

  signInWithLink: t.field({
    type: SignInSuccess,
    description: 'Signs in with the secret from an emailed link (single use). Sets the session cookie.',
    errors: { types: [SignInLinkInvalidError] },
    args: { token: t.arg.string({ required: true, description: 'The secret after "#token=" in the link.' }) },
    resolve: async (_root, args, ctx) => {
      const member = await consumeLink(ctx, args.token, 'SIGN_IN');
      return startSession(ctx, member.id, 'magic-link');
    },
  }),

  signInWithPassword: t.field({
    type: SignInSuccess,
    description:
      'Signs in with a password, for members who set one. Limited per address and per IP. Sets the session cookie.',
    errors: { types: [InvalidCredentialsError, ValidationError] },
    args: {
      email: t.arg.string({ required: true, description: 'The address the member registered with.' }),
      password: t.arg.string({ required: true, description: 'The member’s password.' }),
    },
    resolve: async (_root, args, ctx) => {
      const address = parseInput(email, args.email, ['email']);
      // Both attempts are reserved before any hash runs, whatever the concurrency; a right password
      // gives them back (only failures count), a locked address runs no hash at all.
      const fromIp = await refuseBurstFromIp(ctx, 'password');
      const forAddress = await reserve(ctx.limiter, PER_EMAIL.password, address);
      const member = forAddress
        ? await ctx.prisma.member.findUnique({
            where: { email: address },
            select: { id: true, status: true, passwordHash: true },
          })
        : null;
      const ok =
        forAddress &&
        (member?.passwordHash
          ? await verifyPassword(member.passwordHash, args.password)
          : await verifyNothing(args.password));
      if (!ok || !forAddress || !member || member.status !== 'ACTIVE') {
        await auditSignIn(ctx, 'auth.password_failed', null, 'Email', address);
        throw new InvalidCredentialsError();
      }
      await Promise.all([fromIp.release(), forAddress.release()]);
      return startSession(ctx, member.id, 'password');
    },
  }),

  requestPasswordReset: t.field({
    type: EmailSentSuccess,
    description:
      'Emails a single-use link to choose a new password, valid 15 minutes. Same answer whether or not the address has an account.',
    errors: { types: [ValidationError] },
    args: { email: t.arg.string({ required: true, description: 'The address the member registered with.' }) },
    resolve: async (_root, args, ctx) => {
      const { address, member } = await linkRequest(ctx, args.email, { purpose: 'password-reset' });
      if (member?.status === 'ACTIVE') {
        const link = await issueLink(ctx, member.id, 'PASSWORD_RESET');
        await ctx.mailer.send({
          to: address,
          ...passwordResetEmail(member.locale, member.displayName, link, LINK_MINUTES),
        });
      }
      return { message: SAME_ANSWER.reset };
    },
  }),

  resetPassword: t.field({
    type: SignInSuccess,
    description:
      'Sets a new password with the secret from a reset link; ends every other session and signs this browser in.',
    errors: { types: [SignInLinkInvalidError, ValidationError] },
    args: {
      token: t.arg.string({ required: true, description: 'The secret after "#token=" in the reset link.' }),
      newPassword: t.arg.string({ required: true, description: 'At least 12 characters.' }),
    },
    resolve: async (_root, args, ctx) => {
      const password = parseInput(newPassword, args.newPassword, ['newPassword']);
      const member = await consumeLink(ctx, args.token, 'PASSWORD_RESET');
      await ctx.prisma.member.update({
        where: { id: member.id },
        data: { passwordHash: await hashPassword(password) },
      });
      await revokeSessions(ctx.prisma, { memberId: member.id });
      publishAccessChange(ctx.events, member.id, 'password_changed');
      await auditSignIn(ctx, 'auth.password_reset', member.id, 'Member', member.id);
      return startSession(ctx, member.id, 'password-reset');
    },
  }),

  setPassword: t.field({
    type: SetPasswordSuccess,
    description:
      'Sets or changes the password of the signed-in member (the current one is required when there is one). Ends the member’s other sessions; returns how many.',
    authScopes: { $all: { signedIn: true, member: true } },
    errors: { types: [InvalidCredentialsError, ValidationError] },
    args: {
      currentPassword: t.arg.string({
        required: false,
        description: 'Required when the member already has a password.',
      }),
      newPassword: t.arg.string({ required: true, description: `At least ${PASSWORD_MIN_LENGTH} characters.` }),
    },
    resolve: async (_root, args, ctx) => {
      if (ctx.caller.kind !== 'session') throw new NotFoundError('No session.');
      const password = parseInput(newPassword, args.newPassword, ['newPassword']);
      const member = await ctx.prisma.member.findUniqueOrThrow({
        where: { id: ctx.caller.memberId },
        select: { passwordHash: true },
      });
      if (member.passwordHash && !(await verifyPassword(member.passwordHash, args.currentPassword ?? '')))
        throw new InvalidCredentialsError();
      await ctx.prisma.member.update({
        where: { id: ctx.caller.memberId },
        data: { passwordHash: await hashPassword(password) },
      });
      const { count } = await revokeSessions(ctx.prisma, {
        memberId: ctx.caller.memberId,
        notId: ctx.caller.sessionId,
      });
      publishAccessChange(ctx.events, ctx.caller.memberId, 'password_changed');
      await auditSignIn(ctx, 'auth.password_set', ctx.caller.memberId, 'Member', ctx.caller.memberId);
      return { sessionsEnded: count };
    },
  }),

  signOut: t.field({
    type: SignOutSuccess,
    errors: { types: [] },
    description: 'Ends this browser’s session and clears its cookie.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      if (ctx.caller.kind !== 'session') return { sessionsEnded: 0 };
      const { count } = await revokeSessions(ctx.prisma, { memberId: ctx.caller.memberId, id: ctx.caller.sessionId });
      publishAccessChange(ctx.events, ctx.caller.memberId, 'signed_out');
      ctx.setCookie(serializeSessionCookie(ctx.config.PUBLIC_URL, null));
      await auditSignIn(ctx, 'auth.signed_out', ctx.caller.memberId, 'Session', ctx.caller.sessionId);
      return { sessionsEnded: count };
    },
  }),

  signOutEverywhere: t.field({
    type: SignOutSuccess,
    errors: { types: [] },
    description: 'Ends every session of the signed-in member, on every device, including this one.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      if (ctx.caller.kind !== 'session') return { sessionsEnded: 0 };
      const { count } = await revokeSessions(ctx.prisma, { memberId: ctx.caller.memberId });
      publishAccessChange(ctx.events, ctx.caller.memberId, 'signed_out');
      ctx.setCookie(serializeSessionCookie(ctx.config.PUBLIC_URL, null));
      await auditSignIn(ctx, 'auth.signed_out_everywhere', ctx.caller.memberId, 'Member', ctx.caller.memberId, {
        sessionsEnded: count,
      });
      return { sessionsEnded: count };
    },
  }),

  endSession: t.field({
    type: SignOutSuccess,
    description: 'Ends one of the signed-in member’s sessions (e.g. a forgotten computer).',
    authScopes: { signedIn: true },
    errors: { types: [NotFoundError] },
    args: { id: t.arg.globalID({ required: true, description: 'The session’s global ID, from viewer.sessions.' }) },
    resolve: async (_root, args, ctx) => {
      if (ctx.caller.kind !== 'session') throw new NotFoundError('No such session.');
      const id = args.id.typename === 'Session' ? args.id.id : '';
      const { count } = isUuid(id)
        ? await revokeSessions(ctx.prisma, { memberId: ctx.caller.memberId, id })
        : { count: 0 };
      if (count === 0) throw new NotFoundError('No active session of yours has this id.');
      publishAccessChange(ctx.events, ctx.caller.memberId, 'session_ended');
      await auditSignIn(ctx, 'auth.session_ended', ctx.caller.memberId, 'Session', id);
      return { sessionsEnded: count };
    },
  }),
}));
