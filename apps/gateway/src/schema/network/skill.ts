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
  // Select mode: only the columns a query asks for are read.
  select: { id: true },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe identifier, e.g. "strategie-commerciale".' }),
    name: t.exposeString('name', { description: 'Name in French.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    domain: t.expose('domain', { type: SkillDomainEnum, description: 'The domain the skill belongs to.' }),
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
