// People and pages for the visibility-page tests: members signed in through real sessions,
// and pages written straight to the database when a test is about reading them.
import type { Prisma } from '@ekoacteurs/db';
import { createSession } from '../../src/auth/sessions.ts';
import { addMember, type As, type TestGateway } from '../harness.ts';

export async function personWithSession(
  t: TestGateway,
  handle: string,
  options: { role?: 'MEMBER' | 'ADMIN'; status?: 'ACTIVE' | 'SUSPENDED' } = {},
) {
  const member = await addMember(t, { handle, role: options.role });
  // Page owners here chose to be seen: listed to visitors (the visibility rule's default is members only).
  await t.db.prisma.member.update({ where: { id: member.id }, data: { listing: 'VISITORS' } });
  const { secret } = await createSession(t.db.prisma, member.id, '127.0.0.1', 'test');
  if (options.status && options.status !== 'ACTIVE')
    await t.db.prisma.member.update({ where: { id: member.id }, data: { status: options.status } });
  const as: As = { cookie: `eko_session=${secret}` };
  return { member, as };
}

export const SAMPLE_SECTIONS = [
  { kind: 'TEXT', title: 'Mon parcours', markdown: 'Consultante **RSE** depuis 2015.' },
  { kind: 'SERVICES', items: [{ title: 'Bilan carbone', description: 'Pour les TPE.' }] },
  { kind: 'CALL_TO_ACTION', label: 'Me contacter', action: 'CONTACT' },
] satisfies Prisma.InputJsonArray;

export function memberPage(
  memberId: string,
  slug: string,
  data: Partial<Prisma.VisibilityPageUncheckedCreateInput> = {},
) {
  return { slug, ownerKind: 'MEMBER' as const, memberId, title: slug, sections: SAMPLE_SECTIONS, ...data };
}

/** The sections written with the @oneOf input. */
export const SAMPLE_INPUT_SECTIONS = [
  { text: { title: 'Mon parcours', markdown: 'Consultante **RSE** depuis 2015.' } },
  { services: { items: [{ title: 'Bilan carbone', description: 'Pour les TPE.' }] } },
  { references: { items: [{ client: 'Mairie de Rennes', description: 'Plan climat.' }] } },
  { callToAction: { label: 'Prendre rendez-vous', action: 'URL', url: 'https://agenda.example.fr/camille' } },
];

export const PAGE_FIELDS = `
  id slug url title seoDescription published publishedAt ownerKind unpublishedReason
  member { handle } collective { slug }
  sections {
    __typename kind
    ... on TextSection { title markdown html }
    ... on ServicesSection { items { title description } }
    ... on ReferencesSection { items { client description } }
    ... on CallToActionSection { label action url }
  }`;

/** The database id inside a Relay global ID. */
export function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';
}
