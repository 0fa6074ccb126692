// Email preferences: for each kind of notification that can arrive by email, whether the member
// gets it in-app only or also by email (the same choice the one-click unsubscribe link turns off).
// Only the member reads and changes their own.
import type { Prisma } from '@ekoacteurs/db';
import { MAIL_KINDS, type MailKind } from '../../email/kinds.ts';
import { emailSettingsOf } from '../../email/unsubscribe-token.ts';
import { recordAudit } from '../../audit.ts';
import { builder } from '../builder.ts';
import { callerId, memberActor } from '../caller.ts';
import { errorUnion } from '../errors.ts';

const ENUM_OF = (kind: MailKind) => kind.replace('.', '_').toUpperCase();
const KIND_BY_ENUM = new Map(MAIL_KINDS.map((kind) => [ENUM_OF(kind), kind]));

const EmailKindEnum = builder.enumType('EmailNotificationKind', {
  description: 'A kind of notification that can also arrive by email.',
  values: {
    WORKSHOP_PROMOTED: { description: 'You got a seat from a workshop’s waitlist.' },
    WORKSHOP_UPDATED: { description: 'A workshop you are registered for changed (time, place, format, link).' },
    WORKSHOP_CANCELLED: { description: 'A workshop you are registered for is cancelled.' },
    WORKSHOP_REMINDER: { description: 'The day before a workshop you hold a seat in, with its .ics.' },
    INTRODUCTION_ACCEPTED: { description: 'A member accepted your introduction request.' },
    COLLECTIVE_INVITED: { description: 'You are invited to join a collective.' },
    RECOMMENDATION_RECEIVED: { description: 'A member recommended you.' },
  } as const,
});

interface Preference {
  kind: string;
  email: boolean;
}

const EmailPreferenceType = builder.objectRef<Preference>('EmailPreference').implement({
  description: 'For one kind of notification: in-app only, or also by email.',
  fields: (t) => ({
    kind: t.field({
      type: EmailKindEnum,
      description: 'The kind of notification.',
      resolve: (p) => ENUM_OF(p.kind as MailKind) as never,
    }),
    email: t.exposeBoolean('email', { description: 'True: also sent by email (the default). False: in-app only.' }),
  }),
});

async function preferencesOf(tx: Prisma.TransactionClient, memberId: string): Promise<Preference[]> {
  const row = await tx.emailSettings.findUnique({ where: { memberId }, select: { emailOff: true } });
  return MAIL_KINDS.map((kind) => ({ kind, email: !(row?.emailOff ?? []).includes(kind) }));
}

const SetEmailPreferenceSuccess = builder
  .objectRef<{ preferences: Preference[] }>('SetEmailPreferenceSuccess')
  .implement({
    description: 'Your email preferences after the change.',
    fields: (t) => ({
      preferences: t.field({
        type: [EmailPreferenceType],
        description: 'Every kind, with its choice.',
        resolve: (p) => p.preferences,
      }),
    }),
  });

builder.queryField('myEmailPreferences', (t) =>
  t.field({
    type: [EmailPreferenceType],
    description: 'Your email preferences: every kind of notification that can arrive by email, and whether it does.',
    nullable: true,
    authScopes: { member: true },
    resolve: (_root, _args, ctx) => preferencesOf(ctx.prisma, callerId(ctx)),
  }),
);

builder.mutationField('setEmailPreference', (t) =>
  t.field({
    type: SetEmailPreferenceSuccess,
    description:
      'Chooses, for one kind of notification, in-app only (email: false) or also by email (email: true). Setting the current choice again changes nothing.',
    authScopes: { memberCan: 'write:profile' },
    errors: errorUnion('Your preferences after the change.'),
    args: {
      kind: t.arg({ type: EmailKindEnum, required: true, description: 'The kind of notification.' }),
      email: t.arg.boolean({ required: true, description: 'True: also by email. False: in-app only.' }),
    },
    resolve: async (_root, args, ctx) => {
      const memberId = callerId(ctx);
      const kind = KIND_BY_ENUM.get(args.kind as string)!;
      const preferences = await ctx.prisma.$transaction(async (tx) => {
        await emailSettingsOf(tx, memberId);
        const changed = args.email
          ? await tx.$executeRaw`UPDATE "EmailSettings" SET "emailOff" = array_remove("emailOff", ${kind}), "updatedAt" = now() WHERE "memberId" = ${memberId}::uuid AND ${kind} = ANY("emailOff")`
          : await tx.$executeRaw`UPDATE "EmailSettings" SET "emailOff" = array_append("emailOff", ${kind}), "updatedAt" = now() WHERE "memberId" = ${memberId}::uuid AND NOT (${kind} = ANY("emailOff"))`;
        if (changed > 0)
          await recordAudit(tx, {
            ...memberActor(ctx),
            action: 'email.preference_changed',
            targetType: 'Member',
            targetId: memberId,
            data: { kind, email: args.email },
          });
        return preferencesOf(tx, memberId);
      });
      return { preferences };
    },
  }),
);
