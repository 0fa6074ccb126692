// "Complementary members" for a member: people whose offer (headline, skills, what they can do)
// meets what the member wishes for, or whose strong skills fill the domains the member lacks.
// Scored in one SQL statement over the active members:
//
//   score = (30 per wish met + 10 per wish word found in their offer
//            + 20 per EXPERT / 15 per ADVANCED skill in one of my gap domains, at most 60)
//           × pace (AVAILABLE 1.1, STEADY 1, LIMITED 0.5; PAUSED members are never suggested)
//
// People the member already works with are left out: an active collective in common, an
// introduction request between them that is pending or accepted, a recommendation either way.
import type { PrismaClient, SkillDomain, SkillLevel } from '@ekoacteurs/db';
import { fold } from './fold.ts';

export const DOMAINS: readonly SkillDomain[] = [
  'STRATEGY',
  'COMMUNICATION',
  'PROSPECTING',
  'ADMINISTRATION',
  'PRODUCTION',
];
const AT_LEAST_INTERMEDIATE: readonly SkillLevel[] = ['INTERMEDIATE', 'ADVANCED', 'EXPERT'];

/** Words that say "I wish" rather than what is wished (French stop words are dropped by PostgreSQL). */
const WISH_NOISE = new Set(
  (
    'souhaite souhaiterais souhaitons aimerais aimerait aimerions voudrais voudrait voulons veux envie besoin cherche cherchons recherche ' +
    'trouver rencontrer avoir etre faire pouvoir partager travailler davantage mieux plus moins beaucoup jamais toujours encore enfin ' +
    'autre autres membre membres personne personnes quelqu quelque chose gens avec pour dans chez entre ensemble premier premiere fois ' +
    'mois annee annees semaine jour jours seul seule ose binome regulierement vraiment aussi'
  ).split(' '),
);
const MAX_WISHES = 6;
const MAX_WORDS_PER_WISH = 6;

export interface Wish {
  /** The wish as the member wrote it (one sentence). */
  text: string;
  /** Its meaningful words: folded for the search, as written for people. */
  words: { folded: string; written: string }[];
}

/** The member's wishes, one per sentence, with the words worth looking for in others' offers. */
export function wishesOf(text: string): Wish[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0)
    .map((sentence) => {
      const words = new Map<string, string>();
      for (const written of sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
        const folded = fold(written);
        if (folded.length >= 4 && /^[a-z0-9]+$/.test(folded) && !WISH_NOISE.has(folded) && !words.has(folded))
          words.set(folded, written);
      }
      return {
        text: sentence,
        words: [...words].slice(0, MAX_WORDS_PER_WISH).map(([folded, written]) => ({ folded, written })),
      };
    })
    .filter((wish) => wish.words.length > 0)
    .slice(0, MAX_WISHES);
}

/** Domains where the member has no skill at INTERMEDIATE level or above. */
export function gapDomains(skills: { level: SkillLevel; skill: { domain: SkillDomain } }[]): SkillDomain[] {
  const covered = new Set(skills.filter((s) => AT_LEAST_INTERMEDIATE.includes(s.level)).map((s) => s.skill.domain));
  return DOMAINS.filter((domain) => !covered.has(domain));
}

export interface SuggestionRow {
  id: string;
  score: number;
  /** Indexes (0-based) into the flattened wish words that their offer contains. */
  matchedWords: number[];
  /** Their ADVANCED/EXPERT skills in my gap domains, strongest first. */
  gapSkillIds: string[];
}

export async function suggestMembers(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  viewer: { id: string; wishes: Wish[]; gaps: SkillDomain[] },
  limit: number,
): Promise<SuggestionRow[]> {
  const words = viewer.wishes.flatMap((wish) => wish.words.map((word) => word.folded));
  const wishOf = viewer.wishes.flatMap((wish, index) => wish.words.map(() => index));
  const me = viewer.id;
  const rows = await prisma.$queryRaw<{ id: string; score: number; matched: number[]; gapSkills: string[] }[]>`
    WITH words AS (
      SELECT (w.ord - 1)::int AS ord, to_tsquery('french', w.word || ':A') AS q, (${wishOf}::int[])[w.ord] AS wish
      FROM unnest(${words}::text[]) WITH ORDINALITY AS w(word, ord)
    ),
    candidates AS (
      SELECT m."id", m."pace",
        ARRAY(SELECT words.ord FROM words WHERE m."searchVector" @@ words.q ORDER BY words.ord) AS matched,
        ARRAY(
          SELECT ms."skillId"::text FROM "MemberSkill" ms JOIN "Skill" s ON s."id" = ms."skillId"
          WHERE ms."memberId" = m."id" AND ms."level" >= 'ADVANCED' AND s."domain" = ANY(${viewer.gaps}::text[]::"SkillDomain"[])
          ORDER BY ms."level" DESC, s."name", s."id"
        ) AS "gapSkills",
        (SELECT least(60, coalesce(sum(CASE ms."level" WHEN 'EXPERT' THEN 20 ELSE 15 END), 0))
           FROM "MemberSkill" ms JOIN "Skill" s ON s."id" = ms."skillId"
           WHERE ms."memberId" = m."id" AND ms."level" >= 'ADVANCED' AND s."domain" = ANY(${viewer.gaps}::text[]::"SkillDomain"[])) AS "gapPoints"
      FROM "Member" m
      WHERE m."status" = 'ACTIVE' AND m."pace" <> 'PAUSED' AND m."id" <> ${me}::uuid
        AND NOT EXISTS (
          SELECT 1 FROM "CollectiveMembership" mine
          JOIN "CollectiveMembership" theirs ON theirs."collectiveId" = mine."collectiveId" AND theirs."memberId" = m."id" AND theirs."status" = 'ACTIVE'
          JOIN "Collective" c ON c."id" = mine."collectiveId" AND c."status" = 'ACTIVE'
          WHERE mine."memberId" = ${me}::uuid AND mine."status" = 'ACTIVE')
        AND NOT EXISTS (
          SELECT 1 FROM "IntroductionRequest" i
          WHERE i."status" IN ('PENDING', 'ACCEPTED')
            AND ((i."requesterId" = ${me}::uuid AND i."recipientId" = m."id") OR (i."requesterId" = m."id" AND i."recipientId" = ${me}::uuid)))
        AND NOT EXISTS (
          SELECT 1 FROM "Recommendation" r
          WHERE (r."fromId" = ${me}::uuid AND r."toId" = m."id") OR (r."fromId" = m."id" AND r."toId" = ${me}::uuid))
    ),
    scored AS (
      SELECT c."id", c."matched", c."gapSkills",
        round((
          30 * (SELECT count(DISTINCT words.wish) FROM words WHERE words.ord = ANY(c."matched"))
          + 10 * cardinality(c."matched") + c."gapPoints"
        ) * CASE c."pace" WHEN 'AVAILABLE' THEN 1.1 WHEN 'LIMITED' THEN 0.5 ELSE 1 END)::int AS "score"
      FROM candidates c
      WHERE cardinality(c."matched") > 0 OR cardinality(c."gapSkills") > 0
    )
    SELECT "id"::text, "score", "matched", "gapSkills" FROM scored ORDER BY "score" DESC, "id" LIMIT ${limit}`;
  return rows.map((row) => ({ id: row.id, score: row.score, matchedWords: row.matched, gapSkillIds: row.gapSkills }));
}
