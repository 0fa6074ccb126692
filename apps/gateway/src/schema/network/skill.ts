// Skills taxonomy: five domains of an independent's work.
import { SkillDomain } from '@ekoacteurs/db/enums';
import { builder } from '../builder.ts';

export const SkillDomainEnum = builder.enumType(SkillDomain, {
  name: 'SkillDomain',
  description:
    'The five domains an independent has to handle alone: STRATEGY (stratégie), COMMUNICATION, PROSPECTING (prospection), ADMINISTRATION (administratif), PRODUCTION.',
});

export const SkillType = builder.prismaNode('Skill', {
  description: 'An entry of the skills taxonomy (compétence).',
  id: { field: 'id' },
  // Select mode: what every list shows (name, domain) is read by the type and resolved by plain
  // resolvers, with no per-row check that its column was loaded (ARCHITECTURE.md, "Select mode");
  // the rest only when asked.
  select: { name: true, domain: true },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe identifier, e.g. "strategie-commerciale".' }),
    name: t.string({ description: 'Name in French.', resolve: (skill) => skill.name }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
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
