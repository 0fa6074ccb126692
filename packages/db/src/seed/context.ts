// What the builders share: the random streams, the clock, and what earlier builders produced that
// later ones need (who is active, each member's trade and skills, which skills exist).
import type { SkillLevel } from '../generated/prisma/enums.ts';
import type { TradeSeed } from './data/trades.ts';
import type { Clock } from './dates.ts';
import type { Random } from './random.ts';
import type { Gender } from './text.ts';
import type { SeedRows } from './types.ts';

export type MemberRow = SeedRows['member'][number];

export interface MemberInfo {
  readonly index: number;
  readonly row: MemberRow;
  readonly gender: Gender;
  readonly firstName: string;
  readonly trade: TradeSeed | null;
  /** Skill slug → level, in the order they were given. */
  readonly skills: ReadonlyMap<string, SkillLevel>;
  /** When the member was admitted, or null for applicants. */
  readonly admittedAt: Date | null;
}

export interface SeedContext {
  readonly root: Random;
  readonly clock: Clock;
  readonly scale: number;
  readonly skillIdBySlug: ReadonlyMap<string, string>;
}

export function isActive(member: MemberInfo): boolean {
  return member.row.status === 'ACTIVE';
}

export function skillId(context: SeedContext, slug: string): string {
  const id = context.skillIdBySlug.get(slug);
  if (!id) throw new Error(`Seed data refers to an unknown skill "${slug}"`);
  return id;
}
