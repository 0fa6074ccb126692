// "Download everything held about me": a member with a rich history asks for their archive, sees
// its progress, downloads it through the link, and finds every kind of data in it (JSON and CSV),
// without any secret. The link is bound to its secret and expires; two workers never build the
// same export.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { ARCHIVE_PARTS } from '../../src/privacy/export-builder.ts';
import { redactExportSecret } from '../../src/privacy/download.ts';
import { createExportWorker } from '../../src/privacy/export-jobs.ts';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { admittedPerson, RICH, richHistory, type RichHistory } from './fixtures.ts';

let t: TestGateway;
let h: RichHistory;
const logger = createLogger('silent');

const REQUEST = `mutation { requestDataExport { __typename ... on RequestDataExportSuccess { downloadUrl dataExport { id status progress } } ... on Error { code message } } }`;
const MINE = `{ myDataExports { id status progress sizeBytes expiresAt readyAt } }`;

beforeAll(async () => {
  t = await startTestGateway();
  h = await richHistory(t);
});
afterAll(() => t?.stop());

/** The link as the member's browser follows it (the test gateway's own address). */
function local(url: string): string {
  const parsed = new URL(url);
  return `${t.url}${parsed.pathname}${parsed.search}`;
}

describe('the archive of a member with a rich history', () => {
  let files: Record<string, Uint8Array>;
  let parts: Record<string, Record<string, unknown>[]>;
  let link: string;

  const seen: Record<string, unknown> = {};

  beforeAll(async () => {
    const requested = await t.graphql(REQUEST, {}, h.rich.as);
    const payload = requested.body.data.requestDataExport;
    seen.payload = payload;
    link = local(payload.downloadUrl);
    // Before the worker has run, the link says "not yet".
    seen.statusBeforeBuild = (await fetch(link)).status;
    seen.built = await createExportWorker({ prisma: t.db.prisma, logger }).runOnce();
    seen.mine = (await t.graphql(MINE, {}, h.rich.as)).body.data.myDataExports[0];
    const response = await fetch(link);
    seen.status = response.status;
    seen.headers = Object.fromEntries(
      ['content-type', 'content-disposition', 'cache-control'].map((name) => [name, response.headers.get(name)]),
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    seen.bytes = bytes.byteLength;
    files = unzipSync(bytes);
    parts = JSON.parse(strFromU8(files['donnees.json']!)).parts;
  });

  it('is queued, built in the background with its progress, and downloaded through its link for 24 h', () => {
    const payload = seen.payload as { __typename: string; dataExport: { id: string } };
    expect(payload).toMatchObject({
      __typename: 'RequestDataExportSuccess',
      dataExport: { status: 'PENDING', progress: 0 },
    });
    expect(seen.statusBeforeBuild).toBe(409);
    expect(seen.built).toBe(payload.dataExport.id);
    const mine = seen.mine as { id: string; expiresAt: string; readyAt: string; sizeBytes: number };
    expect(mine).toMatchObject({ id: payload.dataExport.id, status: 'READY', progress: 100 });
    expect((Date.parse(mine.expiresAt) - Date.parse(mine.readyAt)) / 3_600_000).toBe(24);
    expect(seen.status).toBe(200);
    expect(seen.headers).toEqual({
      'content-type': 'application/zip',
      'content-disposition': expect.stringMatching(/^attachment; filename="ekoacteurs-mes-donnees-.*\.zip"$/),
      'cache-control': 'no-store',
    });
    expect(seen.bytes).toBe(mine.sizeBytes);
  });

  it('holds one JSON file, a read-me, and one CSV per kind of data', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['LISEZMOI.txt', 'donnees.json', ...ARCHIVE_PARTS.map((p) => `csv/${p.name}.csv`)].sort(),
    );
    expect(strFromU8(files['LISEZMOI.txt']!)).toContain('csv/grand-livre.csv');
  });

  it('holds every kind of data the issue lists, with the member’s own values', () => {
    expect(parts.profil![0]).toMatchObject({
      handle: RICH.handle,
      displayName: RICH.displayName,
      email: RICH.email,
      bio: RICH.bio,
      city: 'Quimperlé',
    });
    expect(parts['fiche-cooperation']![0]).toMatchObject({
      canDo: 'Logos, chartes graphiques',
      concerns: RICH.concerns,
    });
    expect(parts.competences).toEqual([
      { skill: 'identite-visuelle', name: 'Identité visuelle', domain: 'COMMUNICATION', level: 'EXPERT' },
    ]);
    expect(parts.sessions).toHaveLength(1);
    expect(parts.sessions![0]).toMatchObject({ ip: '127.0.0.1', userAgent: 'vitest' });
    expect(parts['jetons-api']).toEqual([expect.objectContaining({ name: 'Mon tableur', scopes: ['read:network'] })]);
    expect(parts['liens-de-connexion']).toEqual([expect.objectContaining({ purpose: 'SIGN_IN', ip: '203.0.113.7' })]);
    expect(parts.inscriptions!.map((r) => [r.workshop, r.status])).toEqual(
      expect.arrayContaining([
        ['atelier-typographie', 'CONFIRMED'],
        ['rencontre-passee', 'CONFIRMED'],
      ]),
    );
    expect(parts.inscriptions!.find((r) => r.workshop === 'rencontre-passee')).toMatchObject({
      attended: true,
      feedbackRating: 5,
    });
    expect(parts.animations).toEqual([expect.objectContaining({ slug: 'atelier-typographie' })]);
    expect(parts.collectifs!.map((c) => [c.collective, c.role])).toEqual(
      expect.arrayContaining([
        ['graphistes-du-finistere', 'COORDINATOR'],
        ['atelier-solo', 'COORDINATOR'],
      ]),
    );
    expect(parts.engagements).toEqual([
      expect.objectContaining({
        description: 'Maquette du dossier',
        changes: [expect.objectContaining({ note: 'Pris en réunion' })],
      }),
    ]);
    expect(parts['changements-engagements']).toHaveLength(1);
    expect(parts.journal).toEqual([expect.objectContaining({ title: 'Marché gagné', kind: 'SUCCESS' })]);
    expect(parts['mises-en-relation']!.map((i) => [i.direction, i.withHandle])).toEqual(
      expect.arrayContaining([
        ['demandée', 'gaspard-le-floch'],
        ['reçue', 'maelle-tanguy'],
      ]),
    );
    expect(parts.recommandations!.map((r) => [r.direction, r.clientName])).toEqual(
      expect.arrayContaining([
        ['donnée', 'Mairie de Quimperlé'],
        ['reçue', 'Coopérative Ar Mor'],
      ]),
    );
    expect(parts['grand-livre']).toHaveLength(3);
    expect(parts['grand-livre']!.reduce((sum, e) => sum + (e.weight as number), 0)).toBe(5);
    expect(parts.notifications).toEqual([
      expect.objectContaining({ kind: 'recommendation.received', data: { fromName: 'Gaspard Le Floch' } }),
    ]);
    expect(parts.page).toEqual([
      expect.objectContaining({
        title: 'Ondine, graphiste',
        published: true,
        sections: [expect.objectContaining({ kind: 'TEXT' })],
      }),
    ]);
    expect(parts.opportunites).toEqual([expect.objectContaining({ title: 'Refonte d’une charte' })]);
    expect(parts['interets-opportunites']).toEqual([
      expect.objectContaining({ opportunity: 'Appel d’offres régional', note: 'Ondine est partante' }),
    ]);
    expect(parts['messages-recus']).toEqual([expect.objectContaining({ senderEmail: 'client@example.com' })]);
    // What they did, what was done to their account (including this very request).
    expect(parts['journal-audit']!.map((a) => a.action)).toEqual(
      expect.arrayContaining(['profile.updated', 'collective.member_invited', 'privacy.export_requested']),
    );
  });

  it('holds no secret: no password, token, session or link hash', () => {
    const everything = strFromU8(files['donnees.json']!);
    for (const secretField of ['passwordHash', 'tokenHash', 'secretHash', 'searchVector'])
      expect(everything).not.toContain(secretField);
    expect(everything).not.toContain(`hash-${h.rich.id}`);
  });

  it('writes CSV a French spreadsheet opens: BOM, “;” separators, quoted cells, formulas defused', () => {
    const raw = files['csv/profil.csv']!;
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = strFromU8(raw);
    expect(csv.startsWith('id;handle;displayName;email;') || csv.startsWith('\uFEFFid;handle;displayName;email;')).toBe(
      true,
    );
    expect(csv).toContain(`;${RICH.email};`);
    const ledger = strFromU8(files['csv/grand-livre.csv']!).split('\r\n');
    expect(ledger).toHaveLength(1 + 3 + 1);
    expect(strFromU8(files['csv/engagements.csv']!)).toContain('"[{""fromStatus"":null');
    // A cell a spreadsheet would run as a formula is shown as text.
    expect(strFromU8(files['csv/messages-recus.csv']!)).toContain(`"'=SOMME(1;2) un devis ?"`);
  });

  it('is refused with a wrong secret (404), and after expiry (410)', async () => {
    const wrong = link.replace(/cle=[^&]+/, 'cle=eko_export_not-the-secret');
    expect((await fetch(wrong)).status).toBe(404);
    expect((await fetch(link.replace(/cle=[^&]+/, ''))).status).toBe(404);
    const id = new URL(link).pathname.split('/').pop()!;
    await t.db.prisma.dataExport.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await fetch(link)).status).toBe(410);
  });
});

it('keeps the link’s secret out of the access log', () => {
  expect(redactExportSecret('/donnees/archives/0193?cle=eko_export_abc&x=1')).toBe('/donnees/archives/0193?cle=…&x=1');
});

describe('requesting', () => {
  it('allows one export at a time, and suspended members keep the right', async () => {
    const someone = await admittedPerson(t, 'roparz-suspendu');
    await t.db.prisma.member.update({ where: { id: someone.id }, data: { status: 'SUSPENDED' } });
    const first = await t.graphql(REQUEST, {}, someone.as);
    expect(first.body.data.requestDataExport.__typename).toBe('RequestDataExportSuccess');
    const second = await t.graphql(REQUEST, {}, someone.as);
    expect(second.body.data.requestDataExport).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
  });

  it('is never built twice when two replicas’ workers look at once', async () => {
    const people = await Promise.all(['a', 'b', 'c', 'd'].map((x) => admittedPerson(t, `parallele-${x}`)));
    for (const p of people)
      expect((await t.graphql(REQUEST, {}, p.as)).body.data.requestDataExport.__typename).toBe(
        'RequestDataExportSuccess',
      );
    const replicaA = createExportWorker({ prisma: t.db.prisma, logger });
    const replicaB = createExportWorker({ prisma: t.db.prisma, logger });
    const claimed: string[] = [];
    for (;;) {
      const round = await Promise.all([replicaA.runOnce(), replicaB.runOnce()]);
      const done = round.filter((id): id is string => id !== null);
      if (done.length === 0) break;
      claimed.push(...done);
    }
    expect(new Set(claimed).size).toBe(claimed.length);
    const rows = await t.db.prisma.dataExport.findMany({
      where: { memberId: { in: people.map((p) => p.id) } },
      select: { status: true, attempts: true },
    });
    expect(rows).toEqual(people.map(() => ({ status: 'READY', attempts: 1 })));
  });

  it('is retried by another replica when the one building it died (its lease ran out)', async () => {
    const someone = await admittedPerson(t, 'reprise-apres-panne');
    await t.graphql(REQUEST, {}, someone.as);
    // A replica claimed it and died: RUNNING with a lease in the past.
    await t.db.prisma.dataExport.updateMany({
      where: { memberId: someone.id },
      data: { status: 'RUNNING', attempts: 1, leaseUntil: new Date(Date.now() - 1000) },
    });
    await createExportWorker({ prisma: t.db.prisma, logger }).runOnce();
    expect(
      await t.db.prisma.dataExport.findFirst({
        where: { memberId: someone.id },
        select: { status: true, attempts: true },
      }),
    ).toEqual({ status: 'READY', attempts: 2 });
  });
});
