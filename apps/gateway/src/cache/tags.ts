// The cache's tags: which kind of public data a cached answer is made of, and which tables' writes
// change it. A write to any table below bumps its tag; a table not listed here is never shown to
// visitors (sessions, tokens, emails, audit…) and bumps nothing.
export type Tag = 'people' | 'collectives' | 'workshops' | 'opportunities' | 'recommendations';

export const ALL_TAGS: readonly Tag[] = ['people', 'collectives', 'workshops', 'opportunities', 'recommendations'];

/** Prisma model (= table) name → the tag its writes bump. */
const TABLE_TAGS: Record<string, Tag> = {
  Member: 'people',
  Skill: 'people',
  MemberSkill: 'people',
  VisibilityPage: 'people',
  ErasedHandle: 'people',
  ContributionEntry: 'people',
  Collective: 'collectives',
  CollectiveMembership: 'collectives',
  CharterAgreement: 'collectives',
  JournalEntry: 'collectives',
  Commitment: 'collectives',
  Workshop: 'workshops',
  WorkshopFacilitator: 'workshops',
  WorkshopSkill: 'workshops',
  WorkshopRegistration: 'workshops',
  Opportunity: 'opportunities',
  OpportunitySkill: 'opportunities',
  OpportunityInterest: 'opportunities',
  Recommendation: 'recommendations',
};

/** The tag a write to this model bumps, if any. */
export function tagOfModel(model: string): Tag | null {
  return TABLE_TAGS[model] ?? null;
}

const WRITE_SQL = /\b(insert|update|delete|merge|truncate)\b/i;
const QUOTED_NAME = /"([A-Za-z]+)"/g;
/** Statement texts known to write nothing (bounded: texts that embed values are many). */
const readTexts = new Set<string>();
const MAX_READ_TEXTS = 1000;

/**
 * The tags a raw SQL statement bumps: those of every listed table it names, when it writes.
 * A write naming no table we can read (dynamic SQL) bumps everything.
 */
export function tagsOfSql(sql: string): Tag[] {
  // Reads are most statements, and the same texts again and again (their values are parameters).
  if (readTexts.has(sql)) return [];
  if (!WRITE_SQL.test(sql)) {
    if (readTexts.size >= MAX_READ_TEXTS) readTexts.clear();
    readTexts.add(sql);
    return [];
  }
  const tags = new Set<Tag>();
  let named = false;
  for (const [, name] of sql.matchAll(QUOTED_NAME)) {
    if (!/^[A-Z]/.test(name!)) continue;
    named = true;
    const tag = tagOfModel(name!);
    if (tag) tags.add(tag);
  }
  return named ? [...tags] : [...ALL_TAGS];
}
