// Assembles the GraphQL schema: each import registers one domain's types and fields.
import { builder } from './builder.ts';
import './scalars.ts';
import './skill.ts';
import './member.ts';
import './workshop.ts';
import './federation.ts';

builder.queryType({ description: 'Read the federation: its members, workshops, collectives and pages.' });

export const schema = builder.toSchema({ sortSchema: true });
