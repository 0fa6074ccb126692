// A collective's charter (cadre de fonctionnement): ordered agreements its coordinators write and
// its members accept on joining. A material change (adding, rewording, removing an agreement) is a
// revision: members who accepted before it are shown as having accepted an older version.
import { auditActor, callerId } from '../caller.ts';
import type { Prisma } from '@ekoacteurs/db';
import { CHARTER_MAX } from '@ekoacteurs/contract/input-rules';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { builder } from '../builder.ts';
import { changeErrors } from '../errors.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { oncePerRequest } from '../once-per-request.ts';
import {
  agreementText,
  CollectiveSuccess,
  CollectiveType,
  lockActiveCollective,
  collectivePart,
  uuidOf,
} from './collective.ts';
import { parseInput } from '../validate.ts';

type Tx = Prisma.TransactionClient;

/** Audit actions that revise the charter's meaning. Reordering and minor rewording do not. */
const REVISIONS = ['charter.agreement_added', 'charter.agreement_edited', 'charter.agreement_removed'];

/** Readable by any active member (to decide whether to join) and admins; null for visitors. */
const networkOnly = {
  authScopes: { member: true, admin: true },
  unauthorizedResolver: nullUnlessScopeMissing,
} as const;

export const CharterAgreementType = builder.prismaNode('CharterAgreement', {
  description:
    'One agreement of a collective’s charter (cadre de fonctionnement). Visible to active members of the federation.',
  id: { field: 'id', description: 'Global ID of the charter agreement (Relay).' },
  authScopes: { member: true, admin: true },
  select: { id: true },
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Its place in the charter, from 1.' }),
    text: t.exposeString('text', { description: 'The agreement, in the collective’s words (plain text).' }),
    collective: t.relation('collective', { description: 'The collective whose charter it belongs to.' }),
  }),
});

// The revision time lives in the audit log (the schema has no column for it yet); revision times of
// all the collectives a request reads are fetched in one statement.
const batches = new WeakMap<Context, { ids: Set<string>; result: Promise<Map<string, Date>> }>();

function loadRevisions(ctx: Context, ids: Set<string>): Promise<Map<string, Date>> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      batches.delete(ctx);
      ctx.prisma.auditLogEntry
        .groupBy({
          by: ['targetId'],
          where: { targetType: 'Collective', targetId: { in: [...ids] }, action: { in: REVISIONS } },
          _max: { createdAt: true },
        })
        .then(
          (rows) =>
            resolve(
              new Map(rows.flatMap((row) => (row._max.createdAt ? [[row.targetId, row._max.createdAt] as const] : []))),
            ),
          reject,
        );
    });
  });
}

/** When the collective's charter was last revised materially; null if never since its creation. */
export function charterRevisedAt(ctx: Context, collectiveId: string): Promise<Date | null> {
  return oncePerRequest(ctx, `charter-revised:${collectiveId}`, async () => {
    let batch = batches.get(ctx);
    if (!batch) {
      const ids = new Set<string>();
      batch = { ids, result: loadRevisions(ctx, ids) };
      batches.set(ctx, batch);
    }
    batch.ids.add(collectiveId);
    return (await batch.result).get(collectiveId) ?? null;
  });
}

builder.prismaObjectFields(CollectiveType, (t) => ({
  charter: t.relation('charter', {
    nullable: true,
    description:
      'The charter’s agreements, in order. Null for visitors (members of the federation read it before joining).',
    query: { orderBy: { position: 'asc' } },
    ...networkOnly,
  }),
  charterRevisedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description:
      'When an agreement was last added, reworded or removed; null if the charter is as it was at creation (or for visitors). Members who accepted it before this date accepted an older version.',
    ...networkOnly,
    resolve: (collective, _args, ctx) => charterRevisedAt(ctx, collective.id),
  }),
}));

/** Writes positions 1..n in the given order; two statements, so the unique (collective, position) never clashes. */
async function renumber(tx: Tx, collectiveId: string, orderedIds: string[]) {
  await tx.$executeRaw`UPDATE "CharterAgreement" SET position = -position WHERE "collectiveId" = ${collectiveId}::uuid`;
  await tx.$executeRaw`
    UPDATE "CharterAgreement" AS a SET position = o.position::int
    FROM unnest(${orderedIds}::uuid[]) WITH ORDINALITY AS o(id, position)
    WHERE a.id = o.id AND a."collectiveId" = ${collectiveId}::uuid`;
}

async function currentOrder(tx: Tx, collectiveId: string): Promise<string[]> {
  const rows = await tx.charterAgreement.findMany({
    where: { collectiveId },
    orderBy: { position: 'asc' },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Records a revision; the coordinator who made it has thereby accepted the new version. */
async function recordRevision(
  tx: Tx,
  ctx: Context,
  collectiveId: string,
  action: string,
  data: Prisma.InputJsonObject,
) {
  const entry = await recordAudit(tx, {
    ...auditActor(ctx),
    action,
    targetType: 'Collective',
    targetId: collectiveId,
    data,
  });
  if (REVISIONS.includes(action)) {
    await tx.collectiveMembership.update({
      where: { collectiveId_memberId: { collectiveId, memberId: callerId(ctx) } },
      data: { charterAccepted: entry.createdAt },
    });
  }
}

/** A charter agreement by id (once per request), and authorization for its collective's coordinators. */
const agreements = collectivePart('agreement', (ctx, id) =>
  ctx.prisma.charterAgreement.findUnique({ where: { id }, select: { id: true, collectiveId: true } }),
);

const position = z.number().int().min(1, { error: 'Positions start at 1.' }).nullish();

builder.mutationFields((t) => ({
  addCharterAgreement: t.field({
    type: CollectiveSuccess,
    description:
      'Adds an agreement to a collective’s charter (its coordinators), at the end or at a position. A revision: earlier acceptances become outdated.',
    authScopes: (_root, args) => ({ coordinatorOf: args.collectiveId.id }),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      collectiveId: t.arg.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }),
      text: t.arg.string({ required: true, description: 'The agreement (3–1000 characters).' }),
      position: t.arg.int({
        required: false,
        description: 'Where to insert it, from 1; at the end when omitted or beyond the end.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const text = parseInput(agreementText, args.text, ['text']);
      const at = parseInput(position, args.position, ['position']);
      const collectiveId = uuidOf(args.collectiveId, 'collective');
      await ctx.prisma.$transaction(async (tx) => {
        await lockActiveCollective(tx, collectiveId);
        const order = await currentOrder(tx, collectiveId);
        if (order.length >= CHARTER_MAX)
          throw new ConflictError(`A charter has at most ${CHARTER_MAX} agreements: merge or remove some first.`);
        const created = await tx.charterAgreement.create({ data: { collectiveId, position: order.length + 1, text } });
        if (at != null && at <= order.length) {
          order.splice(at - 1, 0, created.id);
          await renumber(tx, collectiveId, order);
        }
        await recordRevision(tx, ctx, collectiveId, 'charter.agreement_added', { agreementId: created.id, text });
      });
      return { collectiveId };
    },
  }),

  editCharterAgreement: t.field({
    type: CollectiveSuccess,
    description:
      'Rewords an agreement (the collective’s coordinators). A revision, unless `minor` says it only fixes the wording without changing its meaning.',
    authScopes: agreements.coordinatorOf,
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      id: t.arg.globalID({ required: true, for: [CharterAgreementType], description: 'The agreement.' }),
      text: t.arg.string({ required: true, description: 'Its new text (3–1000 characters).' }),
      minor: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: 'True for a typo or wording fix that keeps the meaning: members’ acceptances stay current.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const text = parseInput(agreementText, args.text, ['text']);
      const agreement = await agreements.existing(ctx, args.id);
      await ctx.prisma.$transaction(async (tx) => {
        await lockActiveCollective(tx, agreement.collectiveId);
        const before = await tx.charterAgreement.findUnique({ where: { id: agreement.id }, select: { text: true } });
        if (!before) throw new NotFoundError('This agreement was removed meanwhile.');
        if (before.text === text) return;
        await tx.charterAgreement.update({ where: { id: agreement.id }, data: { text } });
        await recordRevision(
          tx,
          ctx,
          agreement.collectiveId,
          args.minor ? 'charter.agreement_reworded' : 'charter.agreement_edited',
          {
            agreementId: agreement.id,
            from: before.text,
            to: text,
          },
        );
      });
      return { collectiveId: agreement.collectiveId };
    },
  }),

  reorderCharter: t.field({
    type: CollectiveSuccess,
    description:
      'Puts the charter’s agreements in a new order (the collective’s coordinators). List every agreement once; if the charter changed meanwhile, a ConflictError asks you to reload. Not a revision.',
    authScopes: (_root, args) => ({ coordinatorOf: args.collectiveId.id }),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: {
      collectiveId: t.arg.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }),
      agreementIds: t.arg.globalIDList({
        required: true,
        for: [CharterAgreementType],
        description: 'All its agreements, in the new order.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = args.agreementIds.map((id) => id.id);
      if (new Set(ids).size !== ids.length)
        throw new ValidationError([{ path: ['agreementIds'], message: 'List each agreement once.' }]);
      const collectiveId = uuidOf(args.collectiveId, 'collective');
      await ctx.prisma.$transaction(async (tx) => {
        await lockActiveCollective(tx, collectiveId);
        const current = await currentOrder(tx, collectiveId);
        const known = new Set(current);
        if (ids.length !== current.length || !ids.every((id) => known.has(id))) {
          throw new ConflictError(
            'These are not the charter’s current agreements (it may have changed meanwhile): reload it and list every agreement once.',
          );
        }
        if (ids.every((id, index) => current[index] === id)) return;
        await renumber(tx, collectiveId, ids);
        await recordRevision(tx, ctx, collectiveId, 'charter.reordered', { from: current, to: ids });
      });
      return { collectiveId };
    },
  }),

  removeCharterAgreement: t.field({
    type: CollectiveSuccess,
    description:
      'Removes an agreement from the charter (the collective’s coordinators); the others close ranks. A revision.',
    authScopes: agreements.coordinatorOf,
    errors: changeErrors(NotFoundError, ConflictError),
    args: { id: t.arg.globalID({ required: true, for: [CharterAgreementType], description: 'The agreement.' }) },
    resolve: async (_root, args, ctx) => {
      const agreement = await agreements.existing(ctx, args.id);
      await ctx.prisma.$transaction(async (tx) => {
        await lockActiveCollective(tx, agreement.collectiveId);
        const removed = await tx.charterAgreement.findUnique({ where: { id: agreement.id }, select: { text: true } });
        if (!removed) throw new NotFoundError('This agreement was removed meanwhile.');
        await tx.charterAgreement.delete({ where: { id: agreement.id } });
        await renumber(tx, agreement.collectiveId, await currentOrder(tx, agreement.collectiveId));
        await recordRevision(tx, ctx, agreement.collectiveId, 'charter.agreement_removed', {
          agreementId: agreement.id,
          text: removed.text,
        });
      });
      return { collectiveId: agreement.collectiveId };
    },
  }),
}));
