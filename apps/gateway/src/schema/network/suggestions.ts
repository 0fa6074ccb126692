// `viewer.suggestedMembers`: complementary members for the member themself, each with why.
// The ranking is in src/search/suggestions.ts.
import type { SkillDomain } from '@ekoacteurs/db';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import { requestError } from '../../errors.ts';
import { reasonSentence } from '../../search/suggestion-reason.ts';
import { gapDomains, suggestMembers, wishesOf, type SuggestionRow, type Wish } from '../../search/suggestions.ts';
import { builder } from '../builder.ts';
import { nullUnlessScopeMissing } from '../unauthorized.ts';
import { MemberSkillType, MemberType } from './member.ts';
import { SkillDomainEnum } from './skill.ts';

const MAX_SUGGESTIONS = 50;

interface WishMatch {
  wish: string;
  words: string[];
}

interface Suggestion {
  member: unknown;
  score: number;
  wishes: WishMatch[];
  domains: SkillDomain[];
  skills: unknown[];
  reason: string;
}

const WishMatchType = builder.objectRef<WishMatch>('WishMatch').implement({
  description: 'One of your wishes (souhaits, from your cooperation card) that a suggested member’s offer meets.',
  fields: (t) => ({
    wish: t.exposeString('wish', { description: 'The wish, as you wrote it (one sentence).' }),
    words: t.exposeStringList('words', {
      description: 'Its words found in what they offer (headline, skills, what they can do).',
    }),
  }),
});

const MemberSuggestionType = builder.objectRef<Suggestion>('MemberSuggestion').implement({
  description: 'A complementary member suggested to you, and why.',
  fields: (t) => ({
    member: t.field({ type: MemberType, description: 'Who.', resolve: (suggestion) => suggestion.member as never }),
    score: t.exposeInt('score', {
      description: 'How strongly they complement you; only meaningful to compare suggestions of one list.',
    }),
    reason: t.exposeString('reason', { description: 'Why, in one or two French sentences, for people.' }),
    matchedWishes: t.field({
      type: [WishMatchType],
      description: 'Your wishes their offer meets.',
      resolve: (suggestion) => suggestion.wishes,
    }),
    complementaryDomains: t.field({
      type: [SkillDomainEnum],
      description: 'Domains where you have no skill beyond beginner level and they are advanced or expert.',
      resolve: (suggestion) => suggestion.domains,
    }),
    complementarySkills: t.field({
      type: [MemberSkillType],
      description: 'Their advanced or expert skills in those domains, strongest first.',
      resolve: (suggestion) => suggestion.skills as never,
    }),
  }),
});

function wishMatches(wishes: Wish[], matchedWords: number[]): WishMatch[] {
  const flat = wishes.flatMap((wish, index) => wish.words.map((word) => ({ index, word: word.written })));
  const byWish = new Map<number, string[]>();
  for (const position of matchedWords) {
    const hit = flat[position];
    if (hit) byWish.set(hit.index, [...(byWish.get(hit.index) ?? []), hit.word]);
  }
  return [...byWish].map(([index, words]) => ({ wish: wishes[index]!.text, words }));
}

/** The suggested members and their complementary skills, with what the query selects, in two Prisma calls. */
async function loadRows(ctx: Context, info: GraphQLResolveInfo, rows: SuggestionRow[]) {
  const ids = rows.map((row) => row.id);
  const [members, skills] = await Promise.all([
    // The reason reads the pace, whatever the query selects (Member is in select mode).
    ctx.prisma.member.findMany({
      ...queryFromInfo({ context: ctx, info, typeName: 'Member', path: ['member'], select: { id: true, pace: true } }),
      where: { id: { in: ids } },
    }),
    ctx.prisma.memberSkill.findMany({
      // The reason needs each skill's name and domain, whatever the query selects.
      ...queryFromInfo({
        context: ctx,
        info,
        typeName: 'MemberSkill',
        path: ['complementarySkills'],
        include: { skill: true },
      }),
      where: { OR: rows.map((row) => ({ memberId: row.id, skillId: { in: row.gapSkillIds } })) },
    }),
  ]);
  return { members: new Map(members.map((member) => [member.id, member])), skills };
}

builder.prismaObjectFields(MemberType, (t) => ({
  suggestedMembers: t.field({
    type: [MemberSuggestionType],
    nullable: true,
    description:
      'Private: members who complement this member, best first — their offer meets its wishes, or their advanced skills fill the domains it lacks. ' +
      'Leaves out people it already works with (an active collective in common, an introduction request pending or accepted, a recommendation ' +
      'either way) and members who paused; those with little room (LIMITED) come lower. Null unless you are this member.',
    args: {
      first: t.arg.int({
        required: false,
        defaultValue: 10,
        description: `How many (1–${MAX_SUGGESTIONS}, default 10).`,
      }),
    },
    authScopes: (member) => ({ self: member.id }),
    unauthorizedResolver: nullUnlessScopeMissing,
    select: { wishes: true, skills: { select: { level: true, skill: { select: { domain: true } } } } },
    resolve: async (member, args, ctx, info): Promise<Suggestion[]> => {
      const first = args.first ?? 10;
      if (first < 1 || first > MAX_SUGGESTIONS)
        throw requestError('BAD_USER_INPUT', `Ask for 1 to ${MAX_SUGGESTIONS} suggestions.`);
      const wishes = wishesOf(member.wishes);
      const gaps = gapDomains(member.skills);
      const rows = await suggestMembers(ctx.prisma, { id: member.id, wishes, gaps }, first);
      if (rows.length === 0) return [];
      const loaded = await loadRows(ctx, info, rows);
      return rows.flatMap((row) => {
        const found = loaded.members.get(row.id);
        if (!found) return [];
        const skills = row.gapSkillIds
          .map((skillId) => loaded.skills.find((s) => s.memberId === row.id && s.skillId === skillId)!)
          .filter(Boolean);
        const matched = wishMatches(wishes, row.matchedWords);
        const domains = gaps.filter((domain) => skills.some((s) => s.skill.domain === domain));
        return [
          {
            member: found,
            score: row.score,
            wishes: matched,
            domains,
            skills,
            reason: reasonSentence({
              wishes: matched,
              domains,
              skills: skills.map((s) => ({ name: s.skill.name, level: s.level })),
              pace: found.pace,
            }),
          },
        ];
      });
    },
  }),
}));
