// Running the calendar: admins create, publish, duplicate and cancel workshops; admins and a
// workshop's facilitators edit it. Drafts may be incomplete; a published workshop always has a
// date to come, facilitators, and a place or a link for its format.
import { auditActor, callerId, notifyEach } from '../caller.ts';
import type { Prisma } from '@ekoacteurs/db';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../errors.ts';
import { cleanMarkdown, cleanText, httpUrl } from '../../markdown/index.ts';
import { publish } from '../../notify.ts';
import { uniqueSlug } from '../../slug.ts';
import { enqueueWorkshopCancelled, enqueueWorkshopPublished } from '../../webhooks/payloads.ts';
import { enqueueWorkshopActivity } from '../../fediverse/outbox.ts';
import { builder } from '../builder.ts';
import { MemberType } from '../network/member.ts';
import { fillSeats } from './registration.ts';
import { SkillType } from '../network/skill.ts';
import { isUuid, parseInput } from '../validate.ts';
import {
  aboutWorkshop,
  LOCKING_TX,
  lockWorkshop,
  managers,
  WorkshopFormatEnum,
  WorkshopKindEnum,
  WorkshopSuccess,
  workshopIdOf,
  WorkshopType,
} from './workshop.ts';
import { errorUnion } from '../errors.ts';

const MAX_DURATION_MS = 14 * 24 * 3600 * 1000;

// ───────────────────────────── Inputs ─────────────────────────────

const CreateWorkshopInput = builder.inputType('CreateWorkshopInput', {
  description: 'A new workshop. It starts as a DRAFT: publish it when it is ready.',
  fields: (t) => ({
    kind: t.field({ type: WorkshopKindEnum, required: true, description: 'What sort of session it is.' }),
    title: t.string({ required: true, description: 'Title, in French (3–120 characters).' }),
    description: t.string({
      required: false,
      description: 'Description as markdown (at most 10 000 characters); raw HTML is removed.',
    }),
    startsAt: t.field({ type: 'DateTime', required: true, description: 'When it starts (in the future).' }),
    endsAt: t.field({
      type: 'DateTime',
      required: true,
      description: 'When it ends (after the start, at most 14 days later).',
    }),
    timeZone: t.string({
      required: false,
      description: 'IANA time zone to show the times in (default "Europe/Paris").',
    }),
    format: t.field({ type: WorkshopFormatEnum, required: true, description: 'In person, online or both.' }),
    place: t.string({
      required: false,
      description: 'Address or venue (needed to publish an IN_PERSON or HYBRID workshop; at most 300 characters).',
    }),
    onlineUrl: t.string({
      required: false,
      description:
        'Visio link, http(s) (needed to publish an ONLINE or HYBRID workshop). Shown only to confirmed participants.',
    }),
    capacity: t.int({ required: true, description: 'Number of seats (1–1000).' }),
    facilitatorIds: t.globalIDList({
      required: true,
      for: [MemberType],
      description: 'Who leads it: 1 to 10 active members.',
    }),
    skillIds: t.globalIDList({ required: false, for: [SkillType], description: 'Skills it helps build (at most 10).' }),
  }),
});

const UpdateWorkshopInput = builder.inputType('UpdateWorkshopInput', {
  description:
    'What to change; fields left out stay as they are. Once a workshop has started, only its title, description and skills can change.',
  fields: (t) => ({
    kind: t.field({ type: WorkshopKindEnum, required: false, description: 'What sort of session it is.' }),
    title: t.string({ required: false, description: 'Title, in French (3–120 characters). Its slug does not change.' }),
    description: t.string({ required: false, description: 'Description as markdown (at most 10 000 characters).' }),
    startsAt: t.field({ type: 'DateTime', required: false, description: 'New start (in the future).' }),
    endsAt: t.field({ type: 'DateTime', required: false, description: 'New end (after the start).' }),
    timeZone: t.string({ required: false, description: 'IANA time zone, e.g. "Europe/Paris".' }),
    format: t.field({ type: WorkshopFormatEnum, required: false, description: 'In person, online or both.' }),
    place: t.string({ required: false, description: 'Address or venue (empty to clear, on drafts).' }),
    onlineUrl: t.string({ required: false, description: 'Visio link, http(s) (empty to clear, on drafts).' }),
    capacity: t.int({
      required: false,
      description: 'Number of seats, never below the confirmed participants. More seats go to the waitlist at once.',
    }),
    facilitatorIds: t.globalIDList({
      required: false,
      for: [MemberType],
      description: 'Admins only: the new list of facilitators (1 to 10 active members).',
    }),
    skillIds: t.globalIDList({
      required: false,
      for: [SkillType],
      description: 'The new list of skills (at most 10).',
    }),
  }),
});

function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(value)) return false;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone.length > 0;
  } catch {
    return false;
  }
}

const ids = z.array(z.object({ id: z.string() }));
const fields = {
  kind: z.enum(['ATELIER', 'RENCONTRE', 'CO_CREATION']),
  title: z
    .string()
    .max(1000, { error: 'Use at most 120 characters.' })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(3, { error: 'Give a title of at least 3 characters.' })
        .max(120, { error: 'Use at most 120 characters.' }),
    ),
  description: z
    .string()
    .max(20_000, { error: 'Use at most 10 000 characters.' })
    .transform(cleanMarkdown)
    .pipe(z.string().max(10_000, { error: 'Use at most 10 000 characters.' })),
  startsAt: z.date(),
  endsAt: z.date(),
  timeZone: z.string().trim().refine(isTimeZone, { error: 'Use an IANA time zone such as "Europe/Paris".' }),
  format: z.enum(['IN_PERSON', 'ONLINE', 'HYBRID']),
  place: z
    .string()
    .max(1000, { error: 'Use at most 300 characters.' })
    .transform(cleanText)
    .pipe(z.string().max(300, { error: 'Use at most 300 characters.' })),
  onlineUrl: z
    .string()
    .trim()
    .max(500, { error: 'Use a link of at most 500 characters.' })
    .transform((value, ctx) => {
      if (value === '') return null;
      const url = httpUrl(value);
      if (!url)
        ctx.addIssue({
          code: 'custom',
          message: 'Give a full link starting with https://, e.g. https://visio.example.org/atelier.',
        });
      return url;
    }),
  capacity: z.number().int().min(1, { error: 'Offer at least 1 seat.' }).max(1000, { error: 'At most 1000 seats.' }),
  facilitatorIds: ids
    .min(1, { error: 'Choose at least one facilitator.' })
    .max(10, { error: 'Choose at most 10 facilitators.' }),
  skillIds: ids.max(10, { error: 'Choose at most 10 skills.' }),
};

const createSchema = z.object({
  ...fields,
  description: fields.description.nullish(),
  timeZone: fields.timeZone.nullish(),
  place: fields.place.nullish(),
  onlineUrl: fields.onlineUrl.nullish(),
  skillIds: fields.skillIds.nullish(),
});

// In an update, null means "leave it" like an absent field, except where clearing makes sense.
const updateSchema = z.object(
  Object.fromEntries(Object.entries(fields).map(([name, rule]) => [name, rule.nullish()])) as {
    [K in keyof typeof fields]: z.ZodOptional<z.ZodNullable<(typeof fields)[K]>>;
  },
);

// ───────────────────────────── Checks ─────────────────────────────

interface Shape {
  startsAt: Date;
  endsAt: Date;
  format: 'IN_PERSON' | 'ONLINE' | 'HYBRID';
  place: string;
  onlineUrl: string | null;
}

/** The start and end make sense; `startChanged` when the start is new and so must be to come. */
function scheduleProblems(
  w: Pick<Shape, 'startsAt' | 'endsAt'>,
  startChanged: boolean,
  path: string[] = ['input'],
): FieldError[] {
  const problems: FieldError[] = [];
  if (startChanged && w.startsAt.getTime() <= Date.now())
    problems.push({ path: [...path, 'startsAt'], message: 'Choose a start in the future.' });
  if (w.endsAt.getTime() <= w.startsAt.getTime())
    problems.push({ path: [...path, 'endsAt'], message: 'The end must come after the start.' });
  else if (w.endsAt.getTime() - w.startsAt.getTime() > MAX_DURATION_MS)
    problems.push({ path: [...path, 'endsAt'], message: 'A workshop lasts at most 14 days.' });
  return problems;
}

/** What a published workshop needs for its format. */
function formatProblems(w: Shape, path: string[] = ['input']): FieldError[] {
  const problems: FieldError[] = [];
  if (w.format !== 'ONLINE' && !w.place)
    problems.push({ path: [...path, 'place'], message: 'An in-person or hybrid workshop needs a place.' });
  if (w.format !== 'IN_PERSON' && !w.onlineUrl)
    problems.push({ path: [...path, 'onlineUrl'], message: 'An online or hybrid workshop needs a visio link.' });
  return problems;
}

/** The facilitators' and skills' ids, each existing (facilitators ACTIVE); field errors otherwise. */
async function people(
  ctx: Context,
  input: { facilitatorIds?: { id: string }[] | null; skillIds?: { id: string }[] | null },
) {
  const problems: FieldError[] = [];
  let facilitatorIds: string[] | undefined;
  let skillIds: string[] | undefined;
  if (input.facilitatorIds) {
    facilitatorIds = [...new Set(input.facilitatorIds.map((f) => f.id))];
    const found = await ctx.prisma.member.count({
      where: { id: { in: facilitatorIds.filter(isUuid) }, status: 'ACTIVE' },
    });
    if (found !== input.facilitatorIds.length) {
      problems.push({
        path: ['input', 'facilitatorIds'],
        message: 'Each facilitator must be an active member, listed once.',
      });
    }
  }
  if (input.skillIds) {
    skillIds = [...new Set(input.skillIds.map((s) => s.id))];
    const found = await ctx.prisma.skill.count({ where: { id: { in: skillIds.filter(isUuid) } } });
    if (found !== input.skillIds.length)
      problems.push({
        path: ['input', 'skillIds'],
        message: 'Some skills are unknown or repeated: pick them from the list.',
      });
  }
  return { facilitatorIds, skillIds, problems };
}

function refuse(problems: FieldError[]) {
  if (problems.length > 0) throw new ValidationError(problems);
}

/** Creates with the first free slug for the title; retries when another one took it meanwhile. */
async function withFreshSlug<T>(ctx: Context, title: string, create: (slug: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const slug = await uniqueSlug(title, async (candidates) =>
      (await ctx.prisma.workshop.findMany({ where: { slug: { in: candidates } }, select: { slug: true } })).map(
        (w) => w.slug,
      ),
    );
    try {
      return await create(slug);
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002' || attempt >= 2) throw error;
    }
  }
}

const SCHEDULE_FIELDS = ['startsAt', 'endsAt', 'timeZone', 'format', 'place', 'onlineUrl', 'capacity'] as const;
/** Changes participants must hear about. */
const NOTIFIED_FIELDS = new Set(['startsAt', 'endsAt', 'format', 'place', 'onlineUrl']);

// ───────────────────────────── Mutations ─────────────────────────────

builder.mutationFields((t) => ({
  createWorkshop: t.field({
    type: WorkshopSuccess,
    description: 'Creates a workshop as a DRAFT, seen only by admins and its facilitators until published (admins).',
    authScopes: { admin: true },
    errors: errorUnion('The new draft workshop, or the invalid fields.', ValidationError),
    args: { input: t.arg({ type: CreateWorkshopInput, required: true, description: 'The workshop to create.' }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(createSchema, args.input);
      const { facilitatorIds, skillIds, problems } = await people(ctx, input);
      refuse([...scheduleProblems(input, true), ...problems]);
      const workshopId = await withFreshSlug(ctx, input.title, (slug) =>
        ctx.prisma.$transaction(async (tx) => {
          const workshop = await tx.workshop.create({
            data: {
              slug,
              kind: input.kind,
              title: input.title,
              description: input.description ?? '',
              startsAt: input.startsAt,
              endsAt: input.endsAt,
              timeZone: input.timeZone ?? 'Europe/Paris',
              format: input.format,
              place: input.place ?? '',
              onlineUrl: input.onlineUrl ?? null,
              capacity: input.capacity,
              status: 'DRAFT',
              createdById: callerId(ctx),
              facilitators: { create: (facilitatorIds ?? []).map((memberId) => ({ memberId })) },
              skills: { create: (skillIds ?? []).map((skillId) => ({ skillId })) },
            },
            select: { id: true },
          });
          await recordAudit(tx, {
            ...auditActor(ctx),
            action: 'workshop.created',
            targetType: 'Workshop',
            targetId: workshop.id,
            data: { slug },
          });
          return workshop.id;
        }),
      );
      return { workshopId };
    },
  }),

  updateWorkshop: t.field({
    type: WorkshopSuccess,
    description:
      'Changes a draft or published workshop (admins, and its facilitators except for the list of facilitators). Participants are notified when the time, place, format or link of a published workshop changes.',
    authScopes: (_root, args, ctx) => (args.input.facilitatorIds ? { admin: true } : managers(ctx, args.id.id)),
    errors: errorUnion(
      'The changed workshop, or why it could not change.',
      NotFoundError,
      ValidationError,
      ConflictError,
    ),
    args: {
      id: t.arg.globalID({ required: true, for: [WorkshopType], description: 'The workshop.' }),
      input: t.arg({ type: UpdateWorkshopInput, required: true, description: 'What to change.' }),
    },
    resolve: async (_root, args, ctx) => {
      const workshopId = workshopIdOf(args.id);
      const input = parseInput(updateSchema, args.input);
      const { facilitatorIds, skillIds, problems } = await people(ctx, input);
      refuse(problems);
      const events = await ctx.prisma.$transaction(async (tx) => {
        const locked = await lockWorkshop(tx, workshopId);
        const current = await tx.workshop.findUniqueOrThrow({ where: { id: workshopId } });
        if (current.status === 'CANCELLED' || current.status === 'COMPLETED') {
          throw new ConflictError(`This workshop is ${current.status.toLowerCase()}: it can no longer be changed.`);
        }
        const changes: Prisma.WorkshopUpdateInput = {};
        const changed: string[] = [];
        for (const [name, value] of Object.entries(input)) {
          if (value === undefined || name === 'facilitatorIds' || name === 'skillIds') continue;
          // null leaves a field as it is, but empties the place and the link.
          const next = value === null ? (name === 'place' ? '' : name === 'onlineUrl' ? null : undefined) : value;
          if (next === undefined) continue;
          const before = current[name as keyof typeof current];
          if (before instanceof Date && next instanceof Date ? before.getTime() === next.getTime() : before === next)
            continue;
          (changes as Record<string, unknown>)[name] = next;
          changed.push(name);
        }
        const merged = { ...current, ...(changes as Partial<typeof current>) };
        if (
          current.startsAt <= new Date() &&
          changed.some((name) => (SCHEDULE_FIELDS as readonly string[]).includes(name))
        ) {
          throw new ConflictError(
            'This workshop has started: only its title, description and skills can still change.',
          );
        }
        const confirmed = await tx.workshopRegistration.count({ where: { workshopId, status: 'CONFIRMED' } });
        refuse([
          ...(changed.includes('startsAt') || changed.includes('endsAt')
            ? scheduleProblems(merged, changed.includes('startsAt'))
            : []),
          ...(current.status === 'PUBLISHED' ? formatProblems(merged) : []),
          ...(merged.capacity < confirmed
            ? [
                {
                  path: ['input', 'capacity'],
                  message: `${confirmed} people already hold a seat: the capacity cannot go below that.`,
                },
              ]
            : []),
        ]);
        if (facilitatorIds) {
          await tx.workshopFacilitator.deleteMany({ where: { workshopId } });
          await tx.workshopFacilitator.createMany({
            data: facilitatorIds.map((memberId) => ({ workshopId, memberId })),
          });
          changed.push('facilitators');
        }
        if (skillIds) {
          await tx.workshopSkill.deleteMany({ where: { workshopId } });
          await tx.workshopSkill.createMany({ data: skillIds.map((skillId) => ({ workshopId, skillId })) });
          changed.push('skills');
        }
        if (changed.length === 0) return [];
        await tx.workshop.update({ where: { id: workshopId }, data: changes });
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'workshop.updated',
          targetType: 'Workshop',
          targetId: workshopId,
          data: { changed },
        });
        if (current.status !== 'PUBLISHED') return [];
        await enqueueWorkshopActivity(tx, ctx.config.PUBLIC_URL, workshopId, 'Update');
        const promoted =
          merged.capacity > current.capacity ? await fillSeats(tx, { ...locked, capacity: merged.capacity }) : [];
        const told = changed.filter((name) => NOTIFIED_FIELDS.has(name));
        if (told.length === 0) return promoted;
        const participants = await tx.workshopRegistration.findMany({
          where: { workshopId, status: { in: ['CONFIRMED', 'WAITLISTED'] } },
          select: { memberId: true },
        });
        const about = aboutWorkshop({ ...locked, title: merged.title, startsAt: merged.startsAt });
        return [
          ...promoted,
          ...(await notifyEach(
            tx,
            participants.map((p) => p.memberId),
            'workshop.updated',
            { ...about, changed: told },
          )),
        ];
      }, LOCKING_TX);
      publish(ctx, events);
      return { workshopId };
    },
  }),

  publishWorkshop: t.field({
    type: WorkshopSuccess,
    description:
      'Publishes a draft: it appears in the calendar and registration opens (admins). It needs a start to come, facilitators, and a place or a link for its format.',
    authScopes: { admin: true },
    errors: errorUnion('The published workshop, or what it still lacks.', NotFoundError, ConflictError),
    args: { id: t.arg.globalID({ required: true, for: [WorkshopType], description: 'The draft workshop.' }) },
    resolve: async (_root, args, ctx) => {
      const workshopId = workshopIdOf(args.id);
      await ctx.prisma.$transaction(async (tx) => {
        await lockWorkshop(tx, workshopId);
        const workshop = await tx.workshop.findUniqueOrThrow({
          where: { id: workshopId },
          include: { _count: { select: { facilitators: true } } },
        });
        if (workshop.status !== 'DRAFT')
          throw new ConflictError(
            `This workshop is already ${workshop.status.toLowerCase()}: only drafts are published.`,
          );
        const missing = [
          ...(workshop.startsAt <= new Date() ? ['a start in the future'] : []),
          ...(workshop._count.facilitators === 0 ? ['at least one facilitator'] : []),
          ...formatProblems(workshop).map((problem) => (problem.path.at(-1) === 'place' ? 'a place' : 'a visio link')),
        ];
        if (missing.length > 0)
          throw new ConflictError(`Before publishing, give it ${missing.join(', ')} (updateWorkshop).`);
        await tx.workshop.update({ where: { id: workshopId }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
        await enqueueWorkshopPublished(tx, workshop);
        await enqueueWorkshopActivity(tx, ctx.config.PUBLIC_URL, workshopId, 'Create');
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'workshop.published',
          targetType: 'Workshop',
          targetId: workshopId,
          data: { slug: workshop.slug },
        });
      }, LOCKING_TX);
      return { workshopId };
    },
  }),

  cancelWorkshop: t.field({
    type: WorkshopSuccess,
    description:
      'Cancels a workshop that has not ended (admins). Every registration is cancelled and each participant, waitlist included, is notified with the reason.',
    authScopes: { admin: true },
    errors: errorUnion(
      'The cancelled workshop, or why it could not be cancelled.',
      NotFoundError,
      ConflictError,
      ValidationError,
    ),
    args: {
      id: t.arg.globalID({ required: true, for: [WorkshopType], description: 'The workshop.' }),
      reason: t.arg.string({
        required: true,
        description: 'Why, for the participants (3–1000 characters, plain text).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const workshopId = workshopIdOf(args.id);
      const reason = parseInput(
        z
          .string()
          .max(5000)
          .transform(cleanText)
          .pipe(
            z
              .string()
              .min(3, { error: 'Say why, in a few words.' })
              .max(1000, { error: 'Use at most 1000 characters.' }),
          ),
        args.reason,
        ['reason'],
      );
      const events = await ctx.prisma.$transaction(async (tx) => {
        const workshop = await lockWorkshop(tx, workshopId);
        if (workshop.status === 'CANCELLED') throw new ConflictError('This workshop is already cancelled.');
        if (workshop.status === 'COMPLETED' || workshop.endsAt <= new Date()) {
          throw new ConflictError('This workshop has already ended: it cannot be cancelled (complete it instead).');
        }
        const now = new Date();
        const participants = await tx.workshopRegistration.findMany({
          where: { workshopId, status: { in: ['CONFIRMED', 'WAITLISTED'] } },
          select: { memberId: true },
        });
        await tx.workshopRegistration.updateMany({
          where: { workshopId, status: { in: ['CONFIRMED', 'WAITLISTED'] } },
          data: { status: 'CANCELLED', cancelledAt: now, waitlistRank: null },
        });
        await tx.workshop.update({ where: { id: workshopId }, data: { status: 'CANCELLED', cancelledAt: now } });
        if (workshop.publishedAt) await enqueueWorkshopCancelled(tx, workshop);
        if (workshop.publishedAt) await enqueueWorkshopActivity(tx, ctx.config.PUBLIC_URL, workshopId, 'Delete');
        await recordAudit(tx, {
          ...auditActor(ctx),
          action: 'workshop.cancelled',
          targetType: 'Workshop',
          targetId: workshopId,
          data: { slug: workshop.slug, reason, notified: participants.length },
        });
        return notifyEach(
          tx,
          participants.map((p) => p.memberId),
          'workshop.cancelled',
          { ...aboutWorkshop(workshop), reason },
        );
      }, LOCKING_TX);
      publish(ctx, events);
      return { workshopId };
    },
  }),

  duplicateWorkshop: t.field({
    type: WorkshopSuccess,
    description:
      'Copies a workshop (kind, texts, format, place, link, capacity, facilitators, skills) as a new DRAFT with its own slug and no registrations (admins). Give `startsAt` to move the copy, keeping its duration.',
    authScopes: { admin: true },
    errors: errorUnion('The new draft copy, or why there is none.', NotFoundError, ValidationError),
    args: {
      id: t.arg.globalID({ required: true, for: [WorkshopType], description: 'The workshop to copy.' }),
      startsAt: t.arg({
        type: 'DateTime',
        required: false,
        description: 'Start of the copy (in the future); default: the same as the original.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const source = await ctx.prisma.workshop.findUnique({
        where: { id: workshopIdOf(args.id) },
        include: { facilitators: { select: { memberId: true } }, skills: { select: { skillId: true } } },
      });
      if (!source) throw new NotFoundError('No workshop has this id.');
      const startsAt = args.startsAt ?? source.startsAt;
      const endsAt = new Date(startsAt.getTime() + (source.endsAt.getTime() - source.startsAt.getTime()));
      if (args.startsAt) refuse(scheduleProblems({ startsAt, endsAt }, true, []));
      const workshopId = await withFreshSlug(ctx, source.title, (slug) =>
        ctx.prisma.$transaction(async (tx) => {
          const copy = await tx.workshop.create({
            data: {
              slug,
              kind: source.kind,
              title: source.title,
              description: source.description,
              startsAt,
              endsAt,
              timeZone: source.timeZone,
              format: source.format,
              place: source.place,
              onlineUrl: source.onlineUrl,
              capacity: source.capacity,
              status: 'DRAFT',
              createdById: callerId(ctx),
              facilitators: { create: source.facilitators },
              skills: { create: source.skills },
            },
            select: { id: true },
          });
          await recordAudit(tx, {
            ...auditActor(ctx),
            action: 'workshop.duplicated',
            targetType: 'Workshop',
            targetId: copy.id,
            data: { slug, from: source.id },
          });
          return copy.id;
        }),
      );
      return { workshopId };
    },
  }),
}));
