// Display order: the five domains as the product lists them, names in French alphabetical order
// ("Éco-construction" among the E, "Île-de-France" among the I; the database sorts by bytes).
import type { SkillDomain } from '@ekoacteurs/db';

const DOMAINS: SkillDomain[] = ['STRATEGY', 'COMMUNICATION', 'PROSPECTING', 'ADMINISTRATION', 'PRODUCTION'];
const collator = new Intl.Collator('fr');

export const byName = (a: string, b: string) => collator.compare(a, b);

export function bySkill(a: { domain: SkillDomain; name: string }, b: { domain: SkillDomain; name: string }): number {
  return DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain) || collator.compare(a.name, b.name);
}
