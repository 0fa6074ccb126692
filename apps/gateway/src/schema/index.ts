// Assembles the GraphQL schema: each import registers one domain's types and fields.
import { builder } from './builder.ts';
import './scalars.ts';
import './errors.ts';
import './skill.ts';
import './member.ts';
import './workshop.ts';
import './federation.ts';
import './membership.ts';
import './sign-in.ts';
import './sessions.ts';
import './api-tokens.ts';
import './audit-log.ts';
import './outbox.ts';

builder.queryType({ description: 'Read the federation: its members, workshops, collectives and pages.' });
builder.mutationType({ description: 'Change the federation’s data. Each mutation returns its payload or a typed error.' });

export const schema = builder.toSchema({ sortSchema: true });
