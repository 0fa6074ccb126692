// Builds the archive of everything held about one member (the right of access and portability):
// one JSON file with every part, one CSV per part for a spreadsheet, and a short "read me", zipped.
// Secrets (password hash, token and session hashes) are never read. Parts are loaded one after
// the other so the job can report its progress between them.
import type { PrismaClient } from '@ekoacteurs/db';
import { strToU8, zipSync } from 'fflate';
import { toCsv } from './csv.ts';

type Db = Pick<
  PrismaClient,
  | 'member'
  | 'memberSkill'
  | 'session'
  | 'apiToken'
  | 'signInToken'
  | 'workshopRegistration'
  | 'workshopFacilitator'
  | 'collectiveMembership'
  | 'commitment'
  | 'commitmentChange'
  | 'journalEntry'
  | 'introductionRequest'
  | 'recommendation'
  | 'contributionEntry'
  | 'notification'
  | 'emailSettings'
  | 'visibilityPage'
  | 'opportunity'
  | 'opportunityInterest'
  | 'contactMessage'
  | 'auditLogEntry'
>;

type Rows = Record<string, unknown>[];

export interface ArchivePart {
  /** File name of its CSV and key in the JSON. */
  name: string;
  /** What it is, in French (the read-me lists it). */
  title: string;
  load(db: Db, memberId: string): Promise<Rows>;
}

const person = { select: { handle: true, displayName: true } } as const;

/** Every part of the archive, in the order the read-me lists them. */
export const ARCHIVE_PARTS: ArchivePart[] = [
  {
    name: 'profil',
    title: 'Profil (identité, coordonnées, statut, présentation)',
    load: async (db, id) => {
      const m = await db.member.findUniqueOrThrow({
        where: { id },
        select: {
          id: true,
          handle: true,
          displayName: true,
          email: true,
          headline: true,
          bio: true,
          city: true,
          region: true,
          websiteUrl: true,
          linkedinUrl: true,
          avatarUrl: true,
          status: true,
          role: true,
          locale: true,
          pace: true,
          paceNote: true,
          motivation: true,
          createdAt: true,
          updatedAt: true,
          admittedAt: true,
          suspendedAt: true,
        },
      });
      return [m];
    },
  },
  {
    name: 'fiche-cooperation',
    title: 'Fiche de coopération (ce que je sais faire, ne fais pas, souhaite, crains)',
    load: async (db, id) => [
      await db.member.findUniqueOrThrow({
        where: { id },
        select: { canDo: true, cannotDo: true, wishes: true, concerns: true },
      }),
    ],
  },
  {
    name: 'competences',
    title: 'Compétences',
    load: async (db, memberId) =>
      (
        await db.memberSkill.findMany({
          where: { memberId },
          select: { level: true, skill: { select: { slug: true, name: true, domain: true } } },
        })
      ).map((s) => ({ skill: s.skill.slug, name: s.skill.name, domain: s.skill.domain, level: s.level })),
  },
  {
    name: 'sessions',
    title: 'Sessions de connexion (appareil, adresse IP, dates)',
    load: (db, memberId) =>
      db.session.findMany({
        where: { memberId },
        select: {
          id: true,
          ip: true,
          userAgent: true,
          createdAt: true,
          lastSeenAt: true,
          expiresAt: true,
          revokedAt: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
  },
  {
    name: 'jetons-api',
    title: 'Jetons d’API (sans leur secret)',
    load: (db, ownerId) =>
      db.apiToken.findMany({
        where: { ownerId },
        select: {
          id: true,
          kind: true,
          name: true,
          prefix: true,
          scopes: true,
          createdAt: true,
          expiresAt: true,
          lastUsedAt: true,
          revokedAt: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
  },
  {
    name: 'liens-de-connexion',
    title: 'Liens de connexion et de réinitialisation envoyés (sans leur secret)',
    load: (db, memberId) =>
      db.signInToken.findMany({
        where: { memberId },
        select: { id: true, purpose: true, ip: true, createdAt: true, expiresAt: true, usedAt: true },
        orderBy: { createdAt: 'asc' },
      }),
  },
  {
    name: 'inscriptions',
    title: 'Inscriptions aux ateliers (statut, présence, avis)',
    load: async (db, memberId) =>
      (
        await db.workshopRegistration.findMany({
          where: { memberId },
          include: { workshop: { select: { slug: true, title: true, startsAt: true } } },
          orderBy: { registeredAt: 'asc' },
        })
      ).map(({ workshop, workshopId: _w, memberId: _m, ...r }) => ({
        workshop: workshop.slug,
        workshopTitle: workshop.title,
        startsAt: workshop.startsAt,
        ...r,
      })),
  },
  {
    name: 'animations',
    title: 'Ateliers que j’anime',
    load: async (db, memberId) =>
      (
        await db.workshopFacilitator.findMany({
          where: { memberId },
          select: { workshop: { select: { slug: true, title: true, startsAt: true, status: true } } },
        })
      ).map((f) => f.workshop),
  },
  {
    name: 'collectifs',
    title: 'Collectifs et rôles',
    load: async (db, memberId) =>
      (
        await db.collectiveMembership.findMany({
          where: { memberId },
          include: { collective: { select: { slug: true, name: true, status: true } } },
          orderBy: { createdAt: 'asc' },
        })
      ).map(({ collective, collectiveId: _c, memberId: _m, ...m }) => ({
        collective: collective.slug,
        collectiveName: collective.name,
        collectiveStatus: collective.status,
        ...m,
      })),
  },
  {
    name: 'engagements',
    title: 'Engagements pris et leurs changements',
    load: async (db, memberId) =>
      (
        await db.commitment.findMany({
          where: { memberId },
          include: {
            collective: { select: { slug: true } },
            changes: {
              orderBy: { createdAt: 'asc' },
              select: { fromStatus: true, toStatus: true, fromDueOn: true, toDueOn: true, note: true, createdAt: true },
            },
          },
          orderBy: { createdAt: 'asc' },
        })
      ).map(({ collective, collectiveId: _c, memberId: _m, ...c }) => ({ collective: collective.slug, ...c })),
  },
  {
    name: 'changements-engagements',
    title: 'Changements d’engagements que j’ai faits',
    load: (db, changedById) =>
      db.commitmentChange.findMany({
        where: { changedById },
        select: {
          commitmentId: true,
          fromStatus: true,
          toStatus: true,
          fromDueOn: true,
          toDueOn: true,
          note: true,
          createdAt: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
  },
  {
    name: 'journal',
    title: 'Entrées de journal de collectif écrites',
    load: async (db, authorId) =>
      (
        await db.journalEntry.findMany({
          where: { authorId },
          include: { collective: { select: { slug: true } } },
          orderBy: { createdAt: 'asc' },
        })
      ).map(({ collective, collectiveId: _c, authorId: _a, ...e }) => ({ collective: collective.slug, ...e })),
  },
  {
    name: 'mises-en-relation',
    title: 'Mises en relation demandées et reçues',
    load: async (db, id) =>
      (
        await db.introductionRequest.findMany({
          where: { OR: [{ requesterId: id }, { recipientId: id }] },
          include: { requester: person, recipient: person },
          orderBy: { createdAt: 'asc' },
        })
      ).map(({ requester, recipient, requesterId, recipientId: _r, ...i }) => ({
        direction: requesterId === id ? 'demandée' : 'reçue',
        withHandle: requesterId === id ? recipient.handle : requester.handle,
        withName: requesterId === id ? recipient.displayName : requester.displayName,
        ...i,
      })),
  },
  {
    name: 'recommandations',
    title: 'Recommandations données et reçues',
    load: async (db, id) =>
      (
        await db.recommendation.findMany({
          where: { OR: [{ fromId: id }, { toId: id }] },
          include: { from: person, to: person, opportunity: { select: { title: true } } },
          orderBy: { createdAt: 'asc' },
        })
      ).map(({ from, to, fromId, toId: _t, opportunity, opportunityId: _o, ...r }) => ({
        direction: fromId === id ? 'donnée' : 'reçue',
        withHandle: fromId === id ? to.handle : from.handle,
        withName: fromId === id ? to.displayName : from.displayName,
        opportunity: opportunity?.title ?? null,
        ...r,
      })),
  },
  {
    name: 'grand-livre',
    title: 'Écritures du grand livre donner/recevoir',
    load: (db, memberId) =>
      db.contributionEntry.findMany({
        where: { memberId },
        select: {
          id: true,
          direction: true,
          kind: true,
          weight: true,
          sourceType: true,
          sourceId: true,
          correctsId: true,
          note: true,
          createdAt: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
  },
  {
    name: 'notifications',
    title: 'Notifications',
    load: (db, memberId) =>
      db.notification.findMany({
        where: { memberId },
        select: { id: true, kind: true, data: true, readAt: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
  },
  {
    name: 'preferences-email',
    title: 'Préférences d’e-mail (types de notification reçus dans le portail seulement)',
    load: (db, memberId) =>
      db.emailSettings.findMany({ where: { memberId }, select: { emailOff: true, updatedAt: true } }),
  },
  {
    name: 'page',
    title: 'Page de visibilité (brouillon ou version en ligne, sections, historique de publication)',
    load: (db, memberId) =>
      db.visibilityPage.findMany({
        where: { memberId },
        select: {
          slug: true,
          title: true,
          seoDescription: true,
          sections: true,
          published: true,
          publishedAt: true,
          unpublishedReason: true,
          unpublishedAt: true,
          createdAt: true,
          updatedAt: true,
        },
      }),
  },
  {
    name: 'opportunites',
    title: 'Opportunités publiées',
    load: (db, postedById) =>
      db.opportunity.findMany({
        where: { postedById },
        select: {
          id: true,
          kind: true,
          title: true,
          description: true,
          region: true,
          deadline: true,
          status: true,
          createdAt: true,
          closedAt: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
  },
  {
    name: 'interets-opportunites',
    title: 'Intérêts manifestés pour des opportunités',
    load: async (db, memberId) =>
      (
        await db.opportunityInterest.findMany({
          where: { memberId },
          include: { opportunity: { select: { title: true } } },
          orderBy: { createdAt: 'asc' },
        })
      ).map(({ opportunity, memberId: _m, ...i }) => ({ opportunity: opportunity.title, ...i })),
  },
  {
    name: 'messages-recus',
    title: 'Messages reçus par le formulaire de contact de ma page',
    load: (db, memberId) =>
      db.contactMessage.findMany({
        where: { memberId },
        select: { id: true, senderName: true, senderEmail: true, body: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
  },
  {
    name: 'journal-audit',
    title: 'Journal d’audit : ce que j’ai fait et ce qui a été fait à mon compte',
    load: (db, id) =>
      db.auditLogEntry.findMany({
        where: { OR: [{ actorId: id }, { targetType: 'Member', targetId: id }] },
        select: {
          id: true,
          action: true,
          targetType: true,
          targetId: true,
          data: true,
          ip: true,
          userAgent: true,
          createdAt: true,
          actorId: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
  },
];

export interface BuiltArchive {
  zip: Uint8Array;
  /** The JSON document inside the zip (parsed), for callers that want to inspect it. */
  json: { generatedAt: string; memberId: string; parts: Record<string, Rows> };
}

/** Loads every part (calling `progress` with 0–100 after each) and zips them. */
export async function buildArchive(
  db: Db,
  memberId: string,
  progress: (percent: number) => Promise<void> = async () => {},
  now = new Date(),
): Promise<BuiltArchive> {
  const parts: Record<string, Rows> = {};
  for (const [index, part] of ARCHIVE_PARTS.entries()) {
    // Dates and JSON columns go through JSON once, so the CSV and the JSON agree exactly.
    parts[part.name] = JSON.parse(JSON.stringify(await part.load(db, memberId))) as Rows;
    await progress(Math.floor(((index + 1) / ARCHIVE_PARTS.length) * 95));
  }
  const json = { generatedAt: now.toISOString(), memberId, parts };
  const files: Record<string, Uint8Array> = {
    'LISEZMOI.txt': strToU8(readMe(now)),
    'donnees.json': strToU8(JSON.stringify(json, null, 2)),
  };
  for (const part of ARCHIVE_PARTS) files[`csv/${part.name}.csv`] = strToU8(toCsv(parts[part.name]!));
  return { zip: zipSync(files, { level: 6, mtime: now }), json };
}

function readMe(now: Date): string {
  return [
    'ÉkôActeurs — vos données',
    `Archive préparée le ${now.toISOString()} (UTC).`,
    '',
    'donnees.json : toutes les données ci-dessous, dans un seul fichier (format JSON, lisible par un programme).',
    'csv/ : un fichier par partie, à ouvrir avec un tableur (UTF-8, séparateur « ; »).',
    '',
    ...ARCHIVE_PARTS.map((part) => `- csv/${part.name}.csv : ${part.title}`),
    '',
    'Les secrets (mot de passe, jetons, sessions) ne sont jamais exportés : seule leur existence l’est.',
    'Vos droits et leur exercice : docs/privacy.md, ou l’écran « Mes données » du portail.',
    '',
  ].join('\r\n');
}
