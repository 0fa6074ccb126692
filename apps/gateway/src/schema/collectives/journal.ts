// A collective's journal — "partager les succès comme les difficultés": entries its members write,
// tagged success, difficulty or learning. Visible to the collective's members only.
import { callerId } from '../caller.ts';
import { COLLECTIVE_RULES } from '@ekoacteurs/contract/input-rules';
import { z } from 'zod';
import { NotFoundError, ConflictError, ValidationError } from '../../errors.ts';
import { builder } from '../builder.ts';
import { changeErrors } from '../errors.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { CollectiveType, lockActiveCollective, memberVisibility, membersOnly, uuidOf } from './collective.ts';
import { MemberType } from '../network/member.ts';
import { parseInput, ruledText } from '../validate.ts';
import { describedEnum } from '../described-enum.ts';

export const JournalKindEnum = describedEnum('JournalKind', 'What a journal entry shares.', {
  SUCCESS: 'A success (un succès).',
  DIFFICULTY: 'A difficulty (une difficulté).',
  LEARNING: 'A learning (un apprentissage): what we will do differently.',
});

export const JournalEntryType = builder.prismaNode('JournalEntry', {
  description: 'An entry of a collective’s journal. Visible to the collective’s members and admins.',
  id: { field: 'id', description: 'Global ID of the journal entry (Relay).' },
  authScopes: (entry) => ({ collectiveMember: entry.collectiveId, admin: true }),
  select: { id: true, collectiveId: true },
  fields: (t) => ({
    collective: t.relation('collective', { description: 'The collective whose journal it is in.' }),
    kind: t.expose('kind', { type: JournalKindEnum, description: 'Success, difficulty or learning.' }),
    title: t.exposeString('title', { description: 'Its title (plain text).' }),
    body: t.exposeString('body', {
      description: 'What happened, in the author’s words (plain text, line breaks kept; never HTML).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was written.' }),
    author: t.field({
      type: MemberType,
      nullable: true,
      description:
        'Who wrote it; null if they are no longer an active member of the federation (unless you are an admin).',
      select: (_args, _ctx, nestedSelection) => ({ author: nestedSelection(true) }),
      authScopes: (entry) => memberVisibility(entry.author),
      unauthorizedResolver: nullUnlessScopeMissing,
      resolve: (entry) => entry.author,
    }),
  }),
});

builder.prismaObjectField(CollectiveType, 'journal', (t) =>
  t.relatedConnection(
    'journal',
    {
      cursor: 'id',
      totalCount: true,
      nullable: true,
      description:
        'Private: the collective’s journal, newest first. Null unless you are one of its members or an admin.',
      args: { kind: t.arg({ type: JournalKindEnum, required: false, description: 'Only entries of this kind.' }) },
      query: (args) => ({
        where: args.kind ? { kind: args.kind } : {},
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
      ...membersOnly,
    },
    { name: 'CollectiveJournalConnection', description: 'A page of a collective’s journal.' },
    { name: 'CollectiveJournalEdge', description: 'A journal entry in a page.' },
  ),
);

const JournalEntrySuccess = builder.objectRef<{ entryId: string }>('JournalEntrySuccess').implement({
  description: 'The journal entry written.',
  fields: (t) => ({
    entry: t.prismaField({
      type: JournalEntryType,
      description: 'The entry.',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.journalEntry.findUniqueOrThrow({ ...query, where: { id: payload.entryId } }),
    }),
  }),
});

const WriteJournalEntryInput = builder.inputType('WriteJournalEntryInput', {
  description: 'A journal entry: a success, a difficulty or a learning to share with the collective.',
  fields: (t) => ({
    collectiveId: t.globalID({ required: true, for: [CollectiveType], description: 'The collective.' }),
    kind: t.field({ type: JournalKindEnum, required: true, description: 'SUCCESS, DIFFICULTY or LEARNING.' }),
    title: t.string({ required: true, description: 'A title (3–140 characters).' }),
    body: t.string({
      required: false,
      description: 'What happened and what it teaches (plain text, at most 5000 characters).',
    }),
  }),
});

const writeSchema = z.object({
  title: ruledText(COLLECTIVE_RULES.journalTitle, (min) => `Give a title of at least ${min} characters.`),
  body: ruledText(COLLECTIVE_RULES.journalBody).nullish(),
});

builder.mutationField('writeJournalEntry', (t) =>
  t.field({
    type: JournalEntrySuccess,
    description: 'Writes an entry in a collective’s journal (its active members).',
    authScopes: (_root, args) => ({
      $all: { collectiveMember: args.input.collectiveId.id, memberCan: 'write:profile' },
    }),
    errors: changeErrors(ValidationError, NotFoundError, ConflictError),
    args: { input: t.arg({ type: WriteJournalEntryInput, required: true, description: 'The entry.' }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(writeSchema, args.input);
      const collectiveId = uuidOf(args.input.collectiveId, 'collective');
      const entry = await ctx.prisma.$transaction(async (tx) => {
        await lockActiveCollective(tx, collectiveId, 'SHARE');
        return tx.journalEntry.create({
          data: {
            collectiveId,
            authorId: callerId(ctx),
            kind: args.input.kind,
            title: input.title,
            body: input.body ?? '',
          },
        });
      });
      return { entryId: entry.id };
    },
  }),
);
