// Public visibility pages: the federation's, about half the active members', most collectives'.
// One member page was unpublished by the admin, with a reason (and the report that led to it).
import type { CollectiveInfo } from './build-collectives.ts';
import { ADMIN_INDEX, CAMILLE_INDEX } from './build-members.ts';
import { isActive, type MemberInfo, type SeedContext } from './context.ts';
import { FEDERATION_PAGE } from './data/federation.ts';
import { NAME_GROUPS } from './data/names.ts';
import { CALL_TO_ACTION_LABELS, CONTACT_MESSAGES, UNPUBLISH_REASON } from './data/relations.ts';
import { addDays, addMinutes, maxDate, minDate } from './dates.ts';
import type { Random } from './random.ts';
import { fill, slugify } from './text.ts';
import type { SeedRows } from './types.ts';

const ALL_PUBLIC = ['PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE'] as const;
/** How often a member who is listed to visitors keeps each part for members. */
const HIDE_FIELD: Record<(typeof ALL_PUBLIC)[number], number> = {
  PLACE: 0.1,
  PHOTO: 0.1,
  SKILLS: 0.05,
  CARD: 0.25,
  PACE: 0.3,
};

type PageRow = SeedRows['visibilityPage'][number];
type Section =
  | { kind: 'TEXT'; title: string; markdown: string }
  | { kind: 'SERVICES'; items: { title: string; description: string }[] }
  | { kind: 'REFERENCES'; items: { client: string; description: string }[] }
  | { kind: 'CALL_TO_ACTION'; label: string; action: 'CONTACT' };

export interface BuiltPages {
  readonly unpublished: { readonly page: PageRow; readonly reason: string } | null;
  readonly rows: Pick<SeedRows, 'visibilityPage' | 'pageReport' | 'contactMessage'>;
}

/** The default collective without a page yet ("Passerelles Langues"): most, not all, have one. */
const COLLECTIVE_WITHOUT_PAGE = 6;

export function buildPages(
  context: SeedContext,
  members: readonly MemberInfo[],
  collectives: readonly CollectiveInfo[],
): BuiltPages {
  const { clock } = context;
  const admin = members[ADMIN_INDEX]!;
  const rows: BuiltPages['rows'] = { visibilityPage: [], pageReport: [], contactMessage: [] };

  // The federation.
  const federationCreated = addDays(admin.row.createdAt as Date, 1);
  rows.visibilityPage.push({
    id: context.root.fork('page', 'federation').uuid(),
    slug: FEDERATION_PAGE.slug,
    ownerKind: 'FEDERATION',
    memberId: null,
    collectiveId: null,
    title: FEDERATION_PAGE.title,
    seoDescription: FEDERATION_PAGE.seoDescription,
    sections: FEDERATION_PAGE.sections as unknown as Section[],
    published: true,
    publishedAt: addDays(federationCreated, 1),
    unpublishedReason: null,
    unpublishedAt: null,
    unpublishedById: null,
    createdAt: federationCreated,
    updatedAt: clock.days(-30),
  });

  // Members: the page to unpublish belongs to the suspended member when there is one.
  const suspended = members.find((m) => m.row.status === 'SUSPENDED');
  let unpublished: BuiltPages['unpublished'] = null;
  for (const member of members) {
    if (member.index === ADMIN_INDEX) continue;
    const rng = context.root.fork('page', 'member', member.index);
    const moderated = member === suspended;
    const wanted = member.index === CAMILLE_INDEX || moderated || (isActive(member) && rng.chance(0.5));
    if (!wanted || !member.admittedAt) continue;
    const createdAt = minDate(addMinutes(addDays(member.admittedAt, rng.int(1, 30)), rng.int(0, 600)), clock.days(-3));
    const draft = !moderated && member.index !== CAMILLE_INDEX && rng.chance(0.08);
    const publishedAt = draft ? null : minDate(addMinutes(createdAt, rng.int(20, 3 * 24 * 60)), clock.days(-2));
    const unpublishedAt = moderated
      ? minDate(maxDate(addDays(publishedAt!, 3), (member.row.suspendedAt as Date) ?? clock.days(-2)), clock.days(-1))
      : null;
    const page: PageRow = {
      id: rng.uuid(),
      slug: member.row.handle,
      ownerKind: 'MEMBER',
      memberId: member.row.id,
      collectiveId: null,
      title: member.row.displayName,
      seoDescription: truncate(`${member.row.displayName} — ${member.row.headline}`, 160),
      sections: memberSections(rng, member),
      published: !draft && !moderated,
      publishedAt,
      unpublishedReason: moderated ? UNPUBLISH_REASON : null,
      unpublishedAt,
      unpublishedById: moderated ? admin.row.id : null,
      createdAt,
      updatedAt: unpublishedAt ?? publishedAt ?? createdAt,
    };
    rows.visibilityPage.push(page);
    // Who published a page chose to be seen: listed to visitors, most showing everything, some
    // keeping their pace or their cooperation card for members (the choices a member can make).
    if (page.published || moderated) {
      member.row.listing = 'VISITORS';
      const choices = context.root.fork('visibility', 'member', member.index);
      member.row.publicFields =
        member.index === CAMILLE_INDEX
          ? [...ALL_PUBLIC]
          : ALL_PUBLIC.filter((field) => !choices.chance(HIDE_FIELD[field]));
    }
    if (moderated) {
      unpublished = { page, reason: UNPUBLISH_REASON };
      rows.pageReport.push({
        id: rng.uuid(),
        pageId: page.id,
        reason: 'Cette page renvoie vers un site de vente de formations sans rapport avec le réseau.',
        createdAt: addDays(unpublishedAt!, -1),
        resolvedAt: unpublishedAt,
      });
    } else if (page.published) {
      const messages = member.index === CAMILLE_INDEX ? 2 : rng.chance(0.15) ? rng.int(1, 2) : 0;
      for (let n = 0; n < messages; n++) rows.contactMessage.push(contactMessage(context, rng, member, publishedAt!));
    }
  }

  // Collectives.
  collectives.forEach((collective, k) => {
    const rng = context.root.fork('page', 'collective', k);
    const wanted = k < 8 ? k !== COLLECTIVE_WITHOUT_PAGE : collective.row.status === 'ACTIVE' && rng.chance(0.75);
    if (!wanted) return;
    const createdAt = minDate(addDays(collective.row.createdAt as Date, rng.int(3, 40)), clock.days(-4));
    const draft = k >= 8 && rng.chance(0.1);
    const publishedAt = draft ? null : minDate(addDays(createdAt, rng.int(1, 10)), clock.days(-3));
    rows.visibilityPage.push({
      id: rng.uuid(),
      slug: collective.row.slug,
      ownerKind: 'COLLECTIVE',
      memberId: null,
      collectiveId: collective.row.id,
      title: collective.row.name,
      seoDescription: truncate(collective.row.purpose ?? '', 160),
      sections: collectiveSections(collective),
      published: !draft,
      publishedAt,
      unpublishedReason: null,
      unpublishedAt: null,
      unpublishedById: null,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
    });
  });

  return { unpublished, rows };
}

function memberSections(rng: Random, member: MemberInfo): Section[] {
  const sections: Section[] = [{ kind: 'TEXT', title: 'Mon parcours', markdown: member.row.bio ?? '' }];
  const trade = member.trade;
  if (trade) {
    sections.push({ kind: 'SERVICES', items: rng.sample(trade.services, rng.int(2, 3)).map((s) => ({ ...s })) });
    if (rng.chance(0.8)) {
      sections.push({ kind: 'REFERENCES', items: rng.sample(trade.references, rng.int(2, 3)).map((r) => ({ ...r })) });
    }
  }
  if (member.row.canDo || member.row.wishes) {
    sections.push({
      kind: 'TEXT',
      title: 'Travailler ensemble',
      markdown: [member.row.canDo, member.row.wishes].filter(Boolean).join('\n\n'),
    });
  }
  sections.push({ kind: 'CALL_TO_ACTION', label: rng.pick(CALL_TO_ACTION_LABELS), action: 'CONTACT' });
  return sections;
}

function collectiveSections(collective: CollectiveInfo): Section[] {
  const people = collective.members.map((m) =>
    collective.coordinators.includes(m)
      ? `- ${m.row.displayName} (${fill('[[coordinateur|coordinatrice]]', m.gender)})`
      : `- ${m.row.displayName}`,
  );
  return [
    {
      kind: 'TEXT',
      title: "Notre raison d'être",
      markdown: `${collective.row.purpose}\n\n${collective.row.description}`,
    },
    { kind: 'SERVICES', items: collective.seed.services.map((s) => ({ ...s })) },
    {
      kind: 'TEXT',
      title: 'Notre cadre de fonctionnement',
      markdown: collective.charter.map((text, i) => `${i + 1}. ${text}`).join('\n'),
    },
    { kind: 'TEXT', title: 'Qui sommes-nous', markdown: people.join('\n') },
    { kind: 'CALL_TO_ACTION', label: 'Contacter le collectif', action: 'CONTACT' },
  ];
}

function contactMessage(
  context: SeedContext,
  rng: Random,
  member: MemberInfo,
  publishedAt: Date,
): SeedRows['contactMessage'][number] {
  const group = NAME_GROUPS[rng.int(0, 2)]!;
  const first = rng.pick(rng.chance(0.5) ? group.female : group.male);
  const last = rng.pick(group.last);
  const service = member.trade ? rng.pick(member.trade.services).title.toLowerCase() : 'un accompagnement';
  return {
    id: rng.uuid(),
    memberId: member.row.id,
    senderName: `${first} ${last}`,
    senderEmail: `${slugify(first)}.${slugify(last)}@example.org`,
    body: fill(rng.pick(CONTACT_MESSAGES), 'f', { service }),
    ip: `198.51.100.${rng.int(1, 254)}`,
    createdAt: maxDate(
      addMinutes(context.clock.days(-rng.int(1, 60)), rng.int(7 * 60, 23 * 60)),
      addDays(publishedAt, 1),
    ),
  };
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
