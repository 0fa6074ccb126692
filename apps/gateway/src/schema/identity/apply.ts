// Taking an application to join the federation: its rules (the same for the API's applyForMembership
// and the public site's form without JavaScript, public-pages/apply.ts) and what happens next: the
// applicant is recorded and emailed, or the owner of a known address is told by email instead.
import type { PrismaClient } from '@ekoacteurs/db';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { alreadyMemberEmail, applicationReceivedEmail } from '../../email/templates.ts';
import type { Mailer } from '../../email/mailer.ts';
import { ValidationError, fieldError } from '../../errors.ts';
import { uniqueSlug } from '../../slug.ts';
import { isUuid } from '../validate.ts';

/** Lengths the forms show (counters, minlength) and the rules below enforce. */
export const APPLY_LIMITS = {
  displayNameMin: 2,
  displayNameMax: 80,
  regionMin: 2,
  regionMax: 60,
  cityMax: 80,
  skillsMin: 1,
  skillsMax: 15,
  motivationMin: 30,
  motivationMax: 3000,
} as const;

export const applySchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(APPLY_LIMITS.displayNameMin, { error: 'apply.displayName.min' })
    .max(APPLY_LIMITS.displayNameMax, { error: 'text.max' }),
  email: z
    .email({ error: 'email.invalid' })
    .max(254)
    .transform((v) => v.trim().toLowerCase()),
  region: z
    .string()
    .trim()
    .min(APPLY_LIMITS.regionMin, { error: 'apply.region.required' })
    .max(APPLY_LIMITS.regionMax, { error: 'text.max' }),
  city: z.string().trim().max(APPLY_LIMITS.cityMax, { error: 'text.max' }).optional().nullable(),
  skillIds: z
    .array(z.object({ id: z.string() }))
    .min(APPLY_LIMITS.skillsMin, { error: 'apply.skills.min' })
    .max(APPLY_LIMITS.skillsMax, { error: 'apply.skills.max' }),
  motivation: z
    .string()
    .trim()
    .min(APPLY_LIMITS.motivationMin, { error: 'apply.motivation.min' })
    .max(APPLY_LIMITS.motivationMax, { error: 'text.max' }),
  locale: z.enum(['FR', 'EN']).optional().nullable(),
});

export type Application = z.infer<typeof applySchema>;

export const APPLIED =
  'Thank you! Your application is registered; the federation answers by email, usually within a week.';

export interface ApplyDeps {
  prisma: PrismaClient;
  mailer: Mailer;
  publicUrl: string;
  ip: string;
  userAgent: string;
}

/** Records a checked application (unknown skills are a ValidationError); answers the same for a known address. */
export async function takeApplication(deps: ApplyDeps, input: Application): Promise<void> {
  const skillIds = [...new Set(input.skillIds.map((s) => s.id))].filter(isUuid);
  const skills = await deps.prisma.skill.findMany({ where: { id: { in: skillIds } }, select: { id: true } });
  if (skills.length !== input.skillIds.length) {
    throw new ValidationError([fieldError(['input', 'skillIds'], 'skills.unknown')]);
  }
  const locale = input.locale ?? 'FR';
  const audit = {
    actorId: null,
    action: 'membership.applied',
    targetType: 'Email',
    targetId: input.email,
    ip: deps.ip,
    userAgent: deps.userAgent,
  };
  const existing = await deps.prisma.member.findUnique({
    where: { email: input.email },
    select: { displayName: true, locale: true },
  });
  if (existing) {
    await recordAudit(deps.prisma, { ...audit, data: { duplicate: true } });
    await deps.mailer.send({
      to: input.email,
      ...alreadyMemberEmail(existing.locale, existing.displayName, `${deps.publicUrl}/connexion`),
    });
    return;
  }
  const handle = await uniqueSlug(input.displayName, async (candidates) =>
    (await deps.prisma.member.findMany({ where: { handle: { in: candidates } }, select: { handle: true } })).map(
      (m) => m.handle,
    ),
  );
  try {
    await deps.prisma.$transaction(async (tx) => {
      const member = await tx.member.create({
        data: {
          handle,
          displayName: input.displayName,
          email: input.email,
          region: input.region,
          city: input.city ?? '',
          motivation: input.motivation,
          locale,
          status: 'APPLICANT',
          skills: { create: skills.map((skill) => ({ skillId: skill.id })) },
        },
      });
      await recordAudit(tx, { ...audit, targetType: 'Member', targetId: member.id });
    });
  } catch (error) {
    // Two applications with the same address at the same instant: the second is a duplicate.
    if ((error as { code?: string }).code === 'P2002') return;
    throw error;
  }
  await deps.mailer.send({ to: input.email, ...applicationReceivedEmail(locale, input.displayName) });
}
