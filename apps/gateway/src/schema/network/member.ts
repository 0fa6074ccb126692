// Members: the public profile (with the skills and the cooperation card), and the fields shown only
// to the member, to admins, or to members they accepted to be put in touch with. Who finds a member
// and which parts visitors see is the visibility rule's (visibility/member.ts), not decided here.
import { MemberListing, MemberStatus, Pace, PlatformRole, PublicField, SkillLevel } from '@ekoacteurs/db/enums';
import { viewerId, type Context } from '../../context.ts';
import { audienceOf, findsMember, showsMembersOnly, showsPart } from '../../visibility/member.ts';
import { builder } from '../builder.ts';
import { SKILL_COLUMNS, SkillType } from './skill.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';

export const MemberStatusEnum = builder.enumType(MemberStatus, {
  name: 'MemberStatus',
  description:
    'APPLICANT (candidature en attente), ACTIVE, SUSPENDED, LEFT (a quitté la fédération), DECLINED (candidature refusée).',
});

export const PlatformRoleEnum = builder.enumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'MEMBER, or ADMIN (runs the federation from the console).',
});

export const PaceEnum = builder.enumType(Pace, {
  name: 'Pace',
  description:
    '"Chacun avance à son rythme": how much room a member has for cooperation right now. It tempers suggestions.',
  values: {
    AVAILABLE: { description: 'Disponible: open to new cooperation now.' },
    STEADY: { description: 'À mon rythme: open, at a steady pace (the default).' },
    LIMITED: { description: 'Peu disponible: little room at the moment; suggested less often.' },
    PAUSED: { description: 'En pause: not taking on cooperation for now; never suggested.' },
  },
});

export const SkillLevelEnum = builder.enumType(SkillLevel, {
  name: 'SkillLevel',
  description: 'How well a member masters a skill (niveau), from BEGINNER to EXPERT.',
  values: {
    BEGINNER: { description: 'Débutant: learning it.' },
    INTERMEDIATE: { description: 'Intermédiaire: does it for clients on simple cases.' },
    ADVANCED: { description: 'Avancé: does it for clients routinely.' },
    EXPERT: { description: 'Expert: could teach it.' },
  },
});

export const MemberListingEnum = builder.enumType(MemberListing, {
  name: 'MemberListing',
  description: 'Who finds a member (annuaire, pages, API, sitemap). Privacy by default: MEMBERS.',
  values: {
    VISITORS: {
      description: 'Everyone: visitors, integrators and the sitemap too, once the member’s page is published.',
    },
    MEMBERS: { description: 'Signed-in active members only (the default).' },
  },
});

export const PublicFieldEnum = builder.enumType(PublicField, {
  name: 'PublicField',
  description: 'A part of the profile a member shows to visitors, or keeps for members.',
  values: {
    PLACE: { description: 'City and region.' },
    PHOTO: { description: 'The picture (avatarUrl).' },
    SKILLS: { description: 'Skills with their level.' },
    CARD: { description: 'Cooperation card: what I can do, cannot do, wish for.' },
    PACE: { description: 'Pace and its note.' },
  },
});

/** A part of the profile: shown to members, and to visitors when the member made it public; else empty. */
function part<T>(name: PublicField, hidden: T) {
  return {
    authScopes: (member: { publicFields: PublicField[] }, _args: object, ctx: Context) =>
      showsPart(audienceOf(ctx.caller), member, name),
    unauthorizedResolver: () => hidden,
  } as const;
}

/** Shown to members (and the public page does not show it either); empty or null for visitors. */
function membersOnly<T>(hidden: T) {
  return {
    authScopes: (_member: object, _args: object, ctx: Context) => showsMembersOnly(audienceOf(ctx.caller)),
    unauthorizedResolver: () => hidden,
  } as const;
}

/** Visible to the member themself and to admins; null for everyone else. */
const privateField = {
  authScopes: (member: { id: string }) => ({ self: member.id, admin: true }),
  unauthorizedResolver: nullUnlessScopeMissing,
} as const;

export const MemberSkillType = builder.prismaObject('MemberSkill', {
  description: 'A skill of a member, with their level.',
  // The skill comes whole with the row (its columns are few and short, and every one of its fields is
  // a plain resolver): no per-row loaded-check on the relation (ARCHITECTURE.md, "Select mode").
  select: { level: true, skill: { select: SKILL_COLUMNS } },
  fields: (t) => ({
    skill: t.field({ type: SkillType, description: 'The skill, from the taxonomy.', resolve: (ms) => ms.skill }),
    level: t.field({ type: SkillLevelEnum, description: 'How well the member masters it.', resolve: (ms) => ms.level }),
  }),
});

export interface MemberContact {
  email: string;
  websiteUrl: string | null;
  linkedinUrl: string | null;
}

export const MemberContactType = builder.objectRef<MemberContact>('MemberContact').implement({
  description:
    'How to reach a member directly (coordonnées). Revealed by an accepted introduction request (mise en relation).',
  fields: (t) => ({
    email: t.exposeString('email', { description: 'Email address.' }),
    websiteUrl: t.exposeString('websiteUrl', {
      nullable: true,
      description: 'Website (http or https); null when none.',
    }),
    linkedinUrl: t.exposeString('linkedinUrl', { nullable: true, description: 'LinkedIn profile; null when none.' }),
  }),
});

/** Accepted introductions between the viewer and the member loaded, in either direction. */
function acceptedIntroductionsWith(viewer: string | null) {
  if (!viewer) return {};
  const accepted = { select: { id: true }, take: 1 } as const;
  return {
    introductionsRequested: { ...accepted, where: { recipientId: viewer, status: 'ACCEPTED' as const } },
    introductionsReceived: { ...accepted, where: { requesterId: viewer, status: 'ACCEPTED' as const } },
  };
}

export const MemberType = builder.prismaNode('Member', {
  description: 'A member of the federation (membre): an independent, a collective or an association.',
  id: { field: 'id' },
  // Select mode: only the columns the query asks for are read (never the password hash, the
  // application letter or concerns for a list); what the rule below reads is always selected, and
  // so are the short columns every list shows, read by plain resolvers (ARCHITECTURE.md, "Select mode").
  select: {
    id: true,
    status: true,
    listing: true,
    publicFields: true,
    handle: true,
    displayName: true,
    headline: true,
    city: true,
    region: true,
  },
  // The visibility rule (visibility/member.ts): applicants, suspended and former members only to
  // themselves and admins; visitors only members listed to them whose page is published.
  authScopes: (member, ctx) => findsMember(ctx, member),
  // The rule above runs once per object, not around each field (ARCHITECTURE.md, "Type rules on the hot lists").
  runScopesOnType: true,
  fields: (t) => ({
    handle: t.string({
      description: 'Unique, URL-safe name, used in public page addresses.',
      resolve: (member) => member.handle,
    }),
    displayName: t.string({
      description: 'Name as the member wants it shown.',
      resolve: (member) => member.displayName,
    }),
    headline: t.string({
      description: 'One line on what the member does (accroche); may be empty.',
      resolve: (member) => member.headline,
    }),
    bio: t.exposeString('bio', {
      description: 'Who the member is and how they work, plain text (présentation); may be empty. Empty for visitors.',
      ...membersOnly(''),
    }),
    city: t.string({
      description: 'City (ville); may be empty. Empty for visitors unless the member shows PLACE.',
      ...part('PLACE', ''),
      resolve: (member) => member.city,
    }),
    region: t.string({
      description: 'French region (région); may be empty. Empty for visitors unless the member shows PLACE.',
      ...part('PLACE', ''),
      resolve: (member) => member.region,
    }),
    avatarUrl: t.exposeString('avatarUrl', {
      nullable: true,
      description:
        'Address of the member’s picture (http or https); null when none, and for visitors unless the member shows PHOTO.',
      ...part('PHOTO', null),
    }),
    skills: t.relation('skills', {
      description:
        'The member’s skills with their level, by domain then name. Empty for visitors unless the member shows SKILLS.',
      ...part('SKILLS', [] as never),
      query: { orderBy: [{ skill: { domain: 'asc' } }, { skill: { name: 'asc' } }] },
    }),
    canDo: t.exposeString('canDo', {
      description:
        'Cooperation card: what I can do (ce que je peux faire); may be empty. Empty for visitors unless the member shows CARD.',
      ...part('CARD', ''),
    }),
    cannotDo: t.exposeString('cannotDo', {
      description:
        'Cooperation card: what I cannot do (ce que je ne peux pas faire); may be empty. Empty for visitors unless the member shows CARD.',
      ...part('CARD', ''),
    }),
    wishes: t.exposeString('wishes', {
      description:
        'Cooperation card: what I wish for (ce que je souhaite); may be empty. Empty for visitors unless the member shows CARD.',
      ...part('CARD', ''),
    }),
    pace: t.expose('pace', {
      type: PaceEnum,
      nullable: true,
      description:
        'How much room the member has for cooperation right now (rythme). Null for visitors unless the member shows PACE.',
      ...part('PACE', null),
    }),
    paceNote: t.exposeString('paceNote', {
      description:
        'A word on that pace, e.g. "Deux jours par semaine"; may be empty. Empty for visitors unless the member shows PACE.',
      ...part('PACE', ''),
    }),
    contact: t.field({
      type: MemberContactType,
      nullable: true,
      description:
        'How to reach the member directly. Null unless you are this member, an admin, or an active member with an accepted introduction request (in either direction) with them.',
      select: (_args, ctx) => ({
        email: true,
        websiteUrl: true,
        linkedinUrl: true,
        ...acceptedIntroductionsWith(viewerId(ctx)),
      }),
      authScopes: (member) =>
        (member.introductionsRequested?.length ?? 0) + (member.introductionsReceived?.length ?? 0) > 0
          ? { member: true }
          : { self: member.id, admin: true },
      unauthorizedResolver: nullUnlessScopeMissing,
      resolve: (member) => ({ email: member.email, websiteUrl: member.websiteUrl, linkedinUrl: member.linkedinUrl }),
    }),
    email: t.exposeString('email', {
      nullable: true,
      description: 'Private: the member’s sign-in address. Null unless you are this member or an admin.',
      ...privateField,
    }),
    status: t.expose('status', {
      type: MemberStatusEnum,
      nullable: true,
      description: 'Private: membership status. Null unless you are this member or an admin.',
      ...privateField,
    }),
    role: t.expose('role', {
      type: PlatformRoleEnum,
      nullable: true,
      description: 'Platform role: ADMIN for the federation’s team. Null for visitors.',
      ...membersOnly(null),
    }),
    motivation: t.exposeString('motivation', {
      nullable: true,
      description: 'Private: the application letter. Null unless you are this member or an admin.',
      ...privateField,
    }),
    concerns: t.exposeString('concerns', {
      nullable: true,
      description:
        'Private part of the cooperation card: what the member fears (ce que je redoute). Null unless you are this member or an admin.',
      ...privateField,
    }),
    listing: t.expose('listing', {
      type: MemberListingEnum,
      nullable: true,
      description: 'Private: who finds this member (their choice). Null unless you are this member or an admin.',
      ...privateField,
    }),
    publicFields: t.expose('publicFields', {
      type: [PublicFieldEnum],
      nullable: true,
      description:
        'Private: the parts of the profile this member shows to visitors. Null unless you are this member or an admin.',
      ...privateField,
    }),
    fediverse: t.exposeBoolean('fediverse', {
      nullable: true,
      description:
        'Private: whether this member is followable from the Fediverse (docs/fediverse.md). Null unless you are this member or an admin.',
      ...privateField,
    }),
    hasPassword: t.boolean({
      nullable: true,
      description: 'Private: whether the member set a password (else they sign in by emailed link).',
      ...privateField,
      select: { passwordHash: true },
      resolve: (member) => member.passwordHash !== null,
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the member applied. Null for visitors.',
      ...membersOnly(null),
    }),
    admittedAt: t.expose('admittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the application was accepted. Null for visitors.',
      ...membersOnly(null),
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the profile last changed (the watermark for `members(updatedSince:)`). Null for visitors.',
      ...membersOnly(null),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.prismaField({
    type: MemberType,
    nullable: true,
    description: 'The member making the request (session or token owner), whatever their status; null when anonymous.',
    resolve: (query, _root, _args, ctx) =>
      ctx.caller.kind === 'anonymous'
        ? null
        : ctx.prisma.member.findUnique({ ...query, where: { id: ctx.caller.memberId } }),
  }),
);
