// The skills taxonomy rows. Ids come from the skill's slug, so they never move.
import { SKILLS } from './data/skills.ts';
import type { Random } from './random.ts';
import type { SeedRows } from './types.ts';

export function buildSkills(root: Random): SeedRows['skill'] {
  return SKILLS.map((skill) => ({
    id: root.fork('skill', skill.slug).uuid(),
    slug: skill.slug,
    name: skill.name,
    nameEn: skill.nameEn,
    domain: skill.domain,
  }));
}
