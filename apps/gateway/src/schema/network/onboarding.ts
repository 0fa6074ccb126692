// The first sign-in checklist (Member.onboarding, the member's own): profile, cooperation card,
// skills, public page, a first workshop — each done or not from the member's real data, read in
// one statement — and dismissOnboarding, which puts it away once every item is done.
import { Prisma } from '@ekoacteurs/db';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { ConflictError, requestError } from '../../errors.ts';
import { builder } from '../builder.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { MemberType } from './member.ts';

export const ONBOARDING_STEPS = ['PROFILE', 'CARD', 'SKILLS', 'PAGE', 'WORKSHOP'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export interface Onboarding {
  items: { key: OnboardingStep; done: boolean }[];
  complete: boolean;
  dismissed: boolean;
}

const OnboardingStepEnum = builder.enumType('OnboardingStep', {
  description: 'One item of the first sign-in checklist.',
  values: {
    PROFILE: { description: 'The profile says who you are: a headline and a presentation (bio).' },
    CARD: { description: 'The cooperation card says what you can do and what you wish for.' },
    SKILLS: { description: 'At least one skill, with its level.' },
    PAGE: { description: 'Your public page is published.' },
    WORKSHOP: { description: 'You registered for a workshop (confirmed or on its waiting list).' },
  },
});

const OnboardingItemType = builder.objectRef<{ key: OnboardingStep; done: boolean }>('OnboardingItem').implement({
  description: 'One item of the checklist and whether your data already does it.',
  fields: (t) => ({
    key: t.field({ type: OnboardingStepEnum, description: 'Which item.', resolve: (item) => item.key }),
    done: t.exposeBoolean('done', { description: 'Whether it is done, from what is stored now.' }),
  }),
});

const OnboardingType = builder.objectRef<Onboarding>('Onboarding').implement({
  description: 'The first sign-in checklist: what is done of a good start in the federation.',
  fields: (t) => ({
    items: t.field({
      type: [OnboardingItemType],
      description: 'The items, in the order they are shown.',
      resolve: (o) => o.items,
    }),
    complete: t.exposeBoolean('complete', { description: 'Every item is done.' }),
    dismissed: t.exposeBoolean('dismissed', {
      description: 'You put the checklist away (dismissOnboarding); the portal no longer shows it.',
    }),
  }),
});

interface Row {
  profile: boolean;
  card: boolean;
  skills: boolean;
  page: boolean;
  workshop: boolean;
  dismissed: boolean;
}

/** The member's checklist, in one statement. Null when the member does not exist. */
export async function onboardingOf(prisma: Context['prisma'], memberId: string): Promise<Onboarding | null> {
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT (m."headline" <> '' AND m."bio" <> '') AS "profile",
           (m."canDo" <> '' AND m."wishes" <> '') AS "card",
           EXISTS (SELECT 1 FROM "MemberSkill" s WHERE s."memberId" = m."id") AS "skills",
           EXISTS (SELECT 1 FROM "VisibilityPage" p WHERE p."memberId" = m."id" AND p."published") AS "page",
           EXISTS (SELECT 1 FROM "WorkshopRegistration" r WHERE r."memberId" = m."id" AND r."status" <> 'CANCELLED') AS "workshop",
           (m."onboardingDismissedAt" IS NOT NULL) AS "dismissed"
    FROM "Member" m WHERE m."id" = ${memberId}::uuid`);
  const row = rows[0];
  if (!row) return null;
  const done: Record<OnboardingStep, boolean> = {
    PROFILE: row.profile,
    CARD: row.card,
    SKILLS: row.skills,
    PAGE: row.page,
    WORKSHOP: row.workshop,
  };
  const items = ONBOARDING_STEPS.map((key) => ({ key, done: done[key] }));
  return { items, complete: items.every((item) => item.done), dismissed: row.dismissed };
}

builder.objectField(MemberType, 'onboarding', (t) =>
  t.field({
    type: OnboardingType,
    nullable: true,
    description:
      'Private: the first sign-in checklist (profile, cooperation card, skills, public page, a first workshop). Null for anyone but the member themself.',
    authScopes: (member) => ({ self: member.id }),
    unauthorizedResolver: nullUnlessScopeMissing,
    resolve: (member, _args, ctx) => onboardingOf(ctx.prisma, member.id),
  }),
);

const DismissOnboardingSuccess = builder.objectRef<{ memberId: string }>('DismissOnboardingSuccess').implement({
  description: 'The checklist is put away.',
  fields: (t) => ({
    member: t.prismaField({
      type: MemberType,
      description: 'You, with the checklist dismissed.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.member.findUniqueOrThrow({ ...query, where: { id: payload.memberId } }),
    }),
  }),
});

builder.mutationField('dismissOnboarding', (t) =>
  t.field({
    type: DismissOnboardingSuccess,
    description:
      'Puts the first sign-in checklist away once every item is done (CONFLICT before). Doing it again changes nothing.',
    authScopes: { memberCan: 'write:profile' },
    errors: { types: [ConflictError] },
    resolve: async (_root, _args, ctx) => {
      if (ctx.caller.kind === 'anonymous') throw requestError('UNAUTHENTICATED', 'Sign in first.');
      const memberId = ctx.caller.memberId;
      const onboarding = await onboardingOf(ctx.prisma, memberId);
      if (!onboarding?.complete) throw new ConflictError('The checklist can be dismissed once every item is done.');
      if (!onboarding.dismissed) {
        await ctx.prisma.$transaction([
          ctx.prisma.member.update({ where: { id: memberId }, data: { onboardingDismissedAt: new Date() } }),
          recordAudit(ctx.prisma, {
            actorId: memberId,
            action: 'profile.onboarding_dismissed',
            targetType: 'Member',
            targetId: memberId,
            data: {},
            ip: ctx.caller.ip,
            userAgent: ctx.userAgent,
          }),
        ]);
      }
      return { memberId };
    },
  }),
);
