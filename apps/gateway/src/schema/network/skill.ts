// Skills taxonomy: five domains of an independent's work.
import { SkillDomain } from '@ekoacteurs/db/enums';
import { builder } from '../builder.ts';

export const SkillDomainEnum = builder.enumType(SkillDomain, {
  name: 'SkillDomain',
  description:
    'The five domains an independent has to handle alone: STRATEGY (stratégie), COMMUNICATION, PROSPECTING (prospection), ADMINISTRATION (administratif), PRODUCTION.',
});

/** Every column of a skill: what the Skill type reads, wherever a skill is loaded. */
export const SKILL_COLUMNS = { id: true, slug: true, name: true, nameEn: true, domain: true } as const;

export const SkillType = builder.prismaNode('Skill', {
  description: 'An entry of the skills taxonomy (compétence).',
  id: { field: 'id' },
  // Select mode with every column (all short) read by the type, so that a member's skill can come
  // whole with its row: every field is a plain resolver (ARCHITECTURE.md, "Select mode").
  select: SKILL_COLUMNS,
  fields: (t) => ({
    slug: t.string({
      description: 'Stable, URL-safe identifier, e.g. "strategie-commerciale".',
      resolve: (skill) => skill.slug,
    }),
    name: t.string({ description: 'Name in French.', resolve: (skill) => skill.name }),
    nameEn: t.string({ description: 'Name in English.', resolve: (skill) => skill.nameEn }),
    domain: t.field({
      type: SkillDomainEnum,
      description: 'The domain the skill belongs to.',
      resolve: (skill) => skill.domain,
    }),
  }),
});

builder.queryField('skills', (t) =>
  t.prismaField({
    type: [SkillType],
    description: 'The whole skills taxonomy, ordered by domain then name.',
    args: { domain: t.arg({ type: SkillDomainEnum, required: false, description: 'Only skills of this domain.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.skill.findMany({
        ...query,
        where: args.domain ? { domain: args.domain } : undefined,
        orderBy: [{ domain: 'asc' }, { name: 'asc' }],
      }),
  }),
);
