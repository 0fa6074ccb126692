// "Rejoindre la fédération" without JavaScript: the server-rendered application form at /candidature,
// its rules (the API's), its spam protection, French (or English) messages next to each field with
// nothing typed lost, and the application recorded as with applyForMembership.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_FILL_MS } from '../../src/public-pages/form-token.ts';
import type { TestGateway } from '../harness.ts';
import { PUBLIC_URL, get, seededGateway, text, title } from './fixtures.ts';

let t: TestGateway;
const tokens: string[] = [];
let ipCounter = 0;
let skillIds: string[] = [];

beforeAll(async () => {
  t = await seededGateway({ TRUST_PROXY: true });
  for (let n = 0; n < 12; n++) tokens.push(tokenOf((await get(t, '/candidature')).html));
  skillIds = (await t.db.prisma.skill.findMany({ select: { id: true }, take: 2, orderBy: { name: 'asc' } })).map(
    (s) => s.id,
  );
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 100));
});
afterAll(() => t?.stop());

const tokenOf = (html: string) => /name="token" value="([^"]+)"/.exec(html)![1]!;

async function post(fields: [string, string][], lang = '') {
  const response = await fetch(`${t.url}/candidature${lang}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: PUBLIC_URL,
      'x-forwarded-for': `198.51.100.${++ipCounter}`,
    },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

const valid = (extra: Record<string, string> = {}): [string, string][] => [
  ...Object.entries({
    token: tokens.shift() ?? '',
    displayName: 'Léonie Fabre',
    email: 'leonie.fabre@exemple.fr',
    region: 'Occitanie',
    city: 'Albi',
    motivation: 'Je fabrique des meubles en bois local et je cherche à coopérer avec des artisans de ma région.',
    website: '',
    ...extra,
  }),
  ...skillIds.map((id): [string, string] => ['skillIds', id]),
];

describe('the application form without JavaScript', () => {
  it('is a page of the public site, in French, with the server’s rules in the browser', async () => {
    const page = await get(t, '/candidature');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.html).not.toContain('<div id="root">');
    expect(title(page.html)).toContain('Rejoindre la fédération');
    expect(page.html).toMatch(/<form[^>]*action="\/candidature" method="post"/);
    expect(page.html).toMatch(/<label for="candidature-nom">Votre nom/);
    expect(page.html).toMatch(/id="candidature-nom"[^>]*minLength="2"|minLength="2"[^>]*id="candidature-nom"/i);
    // An email domain needs a dot, as on the server: leonie.fabre@exemple does not pass.
    expect(page.html).toMatch(/type="email"[^>]*pattern="\[\^@\\s\]\+@\[\^@\\s\]\+\\.\[\^@\\s\]\+"/);
    expect(page.html).toMatch(/<textarea[^>]*minLength="30"/i);
    expect(page.html).not.toMatch(/<textarea[^>]*maxLength/i);
    expect(text(page.html)).toContain('de 30 à 3 000 caractères');
    expect(page.html).toContain(`name="skillIds" value="${skillIds[0]}"`);
    expect(page.headers.get('cache-control')).toContain('private');
  });

  it('shows each problem in French next to its field and keeps everything typed', async () => {
    const before = await t.db.prisma.member.count();
    const fields = valid()
      .filter(([name]) => name !== 'skillIds')
      .map(([name, value]): [string, string] => {
        if (name === 'email') return [name, 'leonie.fabre@exemple'];
        if (name === 'region') return [name, ''];
        if (name === 'motivation') return [name, 'Trop court.'];
        return [name, value];
      });
    const response = await post(fields);
    expect(response.status).toBe(422);
    const shown = text(response.html);
    expect(response.html).toMatch(
      /id="candidature-email-erreur">Saisissez une adresse e-mail valide, par exemple camille@exemple.fr.</,
    );
    expect(response.html).toMatch(/id="candidature-region-erreur">Indiquez votre région.</);
    expect(response.html).toMatch(/id="candidature-competences-erreur">Choisissez au moins une compétence.</);
    expect(response.html).toMatch(
      /id="candidature-motivation-erreur">Dites-nous en un peu plus \(au moins 30 caractères\).</,
    );
    expect(shown).not.toMatch(/Give your region|Choose at least one skill|Tell us a little more/);
    // Nothing lost: the name, the address and the text come back as typed.
    expect(response.html).toContain('value="Léonie Fabre"');
    expect(response.html).toContain('value="leonie.fabre@exemple"');
    expect(response.html).toContain('>Trop court.</textarea>');
    expect(await t.db.prisma.member.count()).toBe(before);
  });

  it('answers in English on the English page', async () => {
    const response = await post(valid({ motivation: 'Too short.' }), '?lang=en');
    expect(response.status).toBe(422);
    expect(response.html).toContain('Tell us a little more (at least 30 characters).');
  });

  it('takes a valid application like the API: recorded, emailed, then a thanks that reloading never resends', async () => {
    const response = await post(valid());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/candidature?envoyee=1');
    const applicant = await t.db.prisma.member.findUniqueOrThrow({
      where: { email: 'leonie.fabre@exemple.fr' },
      include: { skills: true },
    });
    expect(applicant).toMatchObject({ status: 'APPLICANT', region: 'Occitanie', city: 'Albi', locale: 'FR' });
    expect(applicant.skills).toHaveLength(2);
    expect(
      await t.db.prisma.outboxEmail.count({ where: { to: 'leonie.fabre@exemple.fr', kind: 'application-received' } }),
    ).toBe(1);
    const thanks = await get(t, '/candidature?envoyee=1');
    expect(text(thanks.html)).toContain('Merci ! Votre candidature est enregistrée');
  });

  it('keeps robots out: the honeypot is silently dropped, a form sent at once is refused', async () => {
    const before = await t.db.prisma.member.count();
    const robot = await post(valid({ website: 'https://spam.example', email: 'robot@spam.example' }));
    expect(robot.status).toBe(303);
    const fresh = tokenOf((await get(t, '/candidature')).html);
    const hasty = await post(valid({ token: fresh, email: 'presse@exemple.fr' }));
    expect(hasty.status).toBe(422);
    expect(text(hasty.html)).toContain('Prenez le temps de relire votre candidature');
    expect(await t.db.prisma.member.count()).toBe(before);
  });
});
