// The email outbox: every email the platform sent or would have sent (admins).
import { builder } from '../builder.ts';
import { NULLABLE_DATE_TIME } from '../scalars.ts';

export const OutboxEmailType = builder.prismaNode('OutboxEmail', {
  description:
    'An email of the platform. Without SMTP configured, this is where it stays. Admins only: sign-in links in it are live secrets.',
  id: { field: 'id' },
  authScopes: { admin: true },
  select: { id: true },
  fields: (t) => ({
    to: t.exposeString('to', { description: 'Recipient address.' }),
    subject: t.exposeString('subject', { description: 'Subject line.' }),
    text: t.exposeString('text', { description: 'The plain-text body.' }),
    kind: t.exposeString('kind', { description: 'What it is about, e.g. "sign-in-link".' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the platform wrote it.' }),
    sentAt: t.expose('sentAt', {
      ...NULLABLE_DATE_TIME,
      description: 'When SMTP accepted it; null when not sent (no SMTP, or failed).',
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why delivery failed, if it did.' }),
  }),
});

builder.queryField('outboxEmails', (t) =>
  t.prismaConnection({
    type: OutboxEmailType,
    cursor: 'id',
    description: 'Emails, newest first (admins). Sign-in links in them are live secrets: treat with care.',
    nullable: true,
    authScopes: { admin: true },
    args: { to: t.arg.string({ required: false, description: 'Only emails to this address.' }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.outboxEmail.count({ where: args.to ? { to: args.to.toLowerCase() } : {} }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.outboxEmail.findMany({
        ...query,
        where: args.to ? { to: args.to.toLowerCase() } : {},
        orderBy: { id: 'desc' },
      }),
  }),
);
