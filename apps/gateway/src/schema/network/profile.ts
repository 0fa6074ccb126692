// A member edits their own profile: identity and links, skills, cooperation card, pace, visibility. Always the
// caller's own profile (there is no member argument), with the write:profile capability.
import type { Prisma } from '@ekoacteurs/db';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { ValidationError, fieldError, requestError } from '../../errors.ts';
import { builder } from '../builder.ts';
import { MemberListingEnum, MemberType, PaceEnum, PublicFieldEnum, SkillLevelEnum } from './member.ts';
import { PUBLIC_FIELDS } from '../../visibility/member.ts';
import { MAX_SKILLS, PROFILE_RULES } from '@ekoacteurs/contract/input-rules';
import { line, paragraph, webAddress } from './profile-input.ts';
import { SkillType } from './skill.ts';
import { isUuid, parseInput } from '../validate.ts';

function me(ctx: Context): string {
  if (ctx.caller.kind === 'anonymous') throw requestError('UNAUTHENTICATED', 'Sign in first.');
  return ctx.caller.memberId;
}

const ProfileSuccess = builder.objectRef<{ memberId: string }>('ProfileSuccess').implement({
  description: 'Your profile after the change.',
  fields: (t) => ({
    member: t.prismaField({
      type: MemberType,
      description: 'You, as the directory now shows you.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.member.findUniqueOrThrow({ ...query, where: { id: payload.memberId } }),
    }),
  }),
});

/** Writes the change and its audit entry together; only field names are audited, never values. */
async function save(ctx: Context, action: string, data: Prisma.MemberUpdateInput) {
  const memberId = me(ctx);
  const fields = Object.keys(data).filter((key) => data[key as keyof typeof data] !== undefined);
  if (fields.length > 0) {
    await ctx.prisma.$transaction([
      ctx.prisma.member.update({ where: { id: memberId }, data }),
      recordAudit(ctx.prisma, {
        actorId: memberId,
        action,
        targetType: 'Member',
        targetId: memberId,
        data: { fields },
        ip: ctx.caller.ip,
        userAgent: ctx.userAgent,
      }),
    ]);
  }
  return { memberId };
}

const UpdateProfileInput = builder.inputType('UpdateProfileInput', {
  description: 'Your public profile. Fields left out stay as they are.',
  fields: (t) => ({
    displayName: t.string({
      required: false,
      description: 'Your name or your structure’s, as shown (2–80 characters). Your handle does not change.',
    }),
    headline: t.string({
      required: false,
      description: 'One line on what you do (accroche), up to 140 characters; empty to remove.',
    }),
    bio: t.string({
      required: false,
      description: 'Who you are and how you work (présentation), plain text, up to 3000 characters.',
    }),
    city: t.string({ required: false, description: 'Your city (ville), up to 80 characters; empty to remove.' }),
    region: t.string({
      required: false,
      description: 'Your French region (région), 2–60 characters, e.g. "Bretagne".',
    }),
    websiteUrl: t.string({
      required: false,
      description: 'Your website (http or https); null or empty to remove. Shown only with your contact details.',
    }),
    linkedinUrl: t.string({
      required: false,
      description:
        'Your LinkedIn profile (https://www.linkedin.com/…); null or empty to remove. Shown only with your contact details.',
    }),
    avatarUrl: t.string({
      required: false,
      description: 'Address of your picture (http or https); null or empty to remove.',
    }),
  }),
});

const profileSchema = z.object({
  displayName: line(PROFILE_RULES.displayName).optional(),
  headline: line(PROFILE_RULES.headline).optional(),
  bio: paragraph(PROFILE_RULES.bio).optional(),
  city: line(PROFILE_RULES.city).optional(),
  region: line(PROFILE_RULES.region).optional(),
  websiteUrl: webAddress(PROFILE_RULES.websiteUrl).optional(),
  linkedinUrl: webAddress(PROFILE_RULES.linkedinUrl).optional(),
  avatarUrl: webAddress(PROFILE_RULES.avatarUrl).optional(),
});

const CooperationCardInput = builder.inputType('CooperationCardInput', {
  description:
    'Your cooperation card (carte de coopération). Fields left out stay as they are; an empty string clears one.',
  fields: (t) => ({
    canDo: t.string({
      required: false,
      description: 'What I can do (ce que je peux faire), up to 2000 characters. Public.',
    }),
    cannotDo: t.string({
      required: false,
      description: 'What I cannot do (ce que je ne peux pas faire), up to 2000 characters. Public.',
    }),
    wishes: t.string({
      required: false,
      description: 'What I wish for (ce que je souhaite), up to 2000 characters. Public; drives your suggestions.',
    }),
    concerns: t.string({
      required: false,
      description: 'What I fear (ce que je redoute), up to 2000 characters. Private: only you and admins see it.',
    }),
  }),
});

const cardSchema = z.object({
  canDo: paragraph(PROFILE_RULES.canDo).optional(),
  cannotDo: paragraph(PROFILE_RULES.cannotDo).optional(),
  wishes: paragraph(PROFILE_RULES.wishes).optional(),
  concerns: paragraph(PROFILE_RULES.concerns).optional(),
});

const MemberSkillInput = builder.inputType('MemberSkillInput', {
  description: 'One of your skills and your level in it.',
  fields: (t) => ({
    skillId: t.globalID({ required: true, for: [SkillType], description: 'A skill of the taxonomy (`skills`).' }),
    level: t.field({ type: SkillLevelEnum, required: true, description: 'How well you master it.' }),
  }),
});

const SetMemberSkillsInput = builder.inputType('SetMemberSkillsInput', {
  description: 'The whole list of your skills (setMemberSkills).',
  fields: (t) => ({
    skills: t.field({
      type: [MemberSkillInput],
      required: true,
      description: 'All your skills; an empty list removes them all.',
    }),
  }),
});

builder.mutationFields((t) => ({
  updateProfile: t.field({
    type: ProfileSuccess,
    description: 'Changes your public profile: name, headline, bio, place, links and picture.',
    authScopes: { memberCan: 'write:profile' },
    errors: { types: [ValidationError] },
    args: {
      input: t.arg({
        type: UpdateProfileInput,
        required: true,
        description: 'What to change; fields left out stay as they are.',
      }),
    },
    resolve: (_root, args, ctx) => {
      const input = parseInput(profileSchema, args.input);
      return save(ctx, 'profile.updated', input);
    },
  }),

  updateCooperationCard: t.field({
    type: ProfileSuccess,
    description: 'Changes your cooperation card: what you can do, cannot do, wish for, and (privately) fear.',
    authScopes: { memberCan: 'write:profile' },
    errors: { types: [ValidationError] },
    args: {
      input: t.arg({
        type: CooperationCardInput,
        required: true,
        description: 'What to change; fields left out stay as they are.',
      }),
    },
    resolve: (_root, args, ctx) => save(ctx, 'profile.card_updated', parseInput(cardSchema, args.input)),
  }),

  setPace: t.field({
    type: ProfileSuccess,
    description:
      'Says how much room you have for cooperation now ("chacun avance à son rythme"). PAUSED keeps you out of suggestions; LIMITED makes you suggested less.',
    authScopes: { memberCan: 'write:profile' },
    errors: { types: [ValidationError] },
    args: {
      pace: t.arg({ type: PaceEnum, required: true, description: 'Your pace from now on.' }),
      note: t.arg.string({
        required: false,
        description:
          'A word on it, e.g. "Disponible le jeudi" (up to 280 characters). Replaces the previous note; left out, it is cleared.',
      }),
    },
    resolve: (_root, args, ctx) => {
      const paceNote = parseInput(line(PROFILE_RULES.paceNote), args.note ?? '', ['note']);
      return save(ctx, 'profile.pace_set', { pace: args.pace, paceNote });
    },
  }),

  setVisibility: t.field({
    type: ProfileSuccess,
    description:
      'Chooses who finds you and what visitors see (visibilité). MEMBERS (the default) keeps you out of the public pages, the anonymous API and ' +
      'the sitemap; VISITORS lists you there once your page is published, with only the parts of your profile in `publicFields`. Members ' +
      'always see your whole public profile. Takes effect at once everywhere (docs/api.md, "Who sees a member").',
    authScopes: { memberCan: 'write:profile' },
    errors: { types: [ValidationError] },
    args: {
      listing: t.arg({
        type: MemberListingEnum,
        required: true,
        description: 'Who finds you: VISITORS (everyone) or MEMBERS (members only).',
      }),
      publicFields: t.arg({
        type: [PublicFieldEnum],
        required: true,
        description:
          'The parts visitors see (the others stay for members); an empty list shows only your name and headline.',
      }),
      fediverse: t.arg.boolean({
        required: false,
        description:
          'Followable from Mastodon or Mobilizon (off by default): only what visitors see is sent, and only while they find you (docs/fediverse.md). Left out, it stays as it is.',
      }),
    },
    resolve: (_root, args, ctx) =>
      save(ctx, 'profile.visibility_set', {
        listing: args.listing,
        publicFields: { set: PUBLIC_FIELDS.filter((field) => args.publicFields.includes(field)) },
        ...(typeof args.fediverse === 'boolean' ? { fediverse: args.fediverse } : {}),
      }),
  }),

  setMemberSkills: t.field({
    type: ProfileSuccess,
    description: `Replaces your skills with this list (at most ${MAX_SKILLS}), each with your level.`,
    authScopes: { memberCan: 'write:profile' },
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: SetMemberSkillsInput, required: true, description: 'Your skills.' }) },
    resolve: async (_root, { input: args }, ctx) => {
      const memberId = me(ctx);
      if (args.skills.length > MAX_SKILLS)
        throw new ValidationError([fieldError(['input', 'skills'], 'skills.tooMany', { max: MAX_SKILLS })]);
      const ids = args.skills.map((entry) => entry.skillId.id);
      const known = new Set(
        (await ctx.prisma.skill.findMany({ where: { id: { in: ids.filter(isUuid) } }, select: { id: true } })).map(
          (skill) => skill.id,
        ),
      );
      const problems = ids.flatMap((id, index) =>
        !known.has(id)
          ? [fieldError(['input', 'skills', String(index), 'skillId'], 'skills.notInTaxonomy')]
          : ids.indexOf(id) !== index
            ? [fieldError(['input', 'skills', String(index), 'skillId'], 'skills.repeated')]
            : [],
      );
      if (problems.length > 0) throw new ValidationError(problems);
      await ctx.prisma.$transaction(async (tx) => {
        // Two edits at once would interleave their delete and insert: the second waits here.
        await tx.$queryRaw`SELECT 1 FROM "Member" WHERE "id" = ${memberId}::uuid FOR NO KEY UPDATE`;
        await tx.memberSkill.deleteMany({ where: { memberId } });
        await tx.memberSkill.createMany({
          data: args.skills.map((entry) => ({ memberId, skillId: entry.skillId.id, level: entry.level })),
        });
        await recordAudit(tx, {
          actorId: memberId,
          action: 'profile.skills_set',
          targetType: 'Member',
          targetId: memberId,
          data: { count: args.skills.length },
          ip: ctx.caller.ip,
          userAgent: ctx.userAgent,
        });
      });
      return { memberId };
    },
  }),
}));
