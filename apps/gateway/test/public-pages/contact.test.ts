// The visitors' contact form on a member page, posted as a browser without JavaScript does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT_LIMIT } from '../../src/public-pages/contact.ts';
import { MIN_FILL_MS } from '../../src/public-pages/form-token.ts';
import { signIn, type TestGateway } from '../harness.ts';
import { get, memberWithPage, PUBLIC_URL, seededGateway, text } from './fixtures.ts';

let t: TestGateway;
/** Form tokens old enough to pass the minimum fill time (fetched once, then waited for); each sends one message. */
const tokens: string[] = [];
const nextToken = () => tokens.shift() ?? '';
let ipCounter = 0;

beforeAll(async () => {
  // Behind a trusted proxy, each test posts from its own address (X-Forwarded-For).
  t = await seededGateway({ TRUST_PROXY: true });
  await memberWithPage(t, 'destinataire', { email: 'destinataire-prive@example.fr' });
  for (let n = 0; n < 30; n++) tokens.push(tokenOf((await get(t, '/membres/destinataire')).html));
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 100));
});
afterAll(() => t?.stop());

function tokenOf(html: string): string {
  return /name="token" value="([^"]+)"/.exec(html)![1]!;
}

const freshIp = () => `203.0.113.${++ipCounter}`;

async function post(handle: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.url}/membres/${handle}/contact`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: PUBLIC_URL,
      'x-forwarded-for': freshIp(),
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

const valid = (extra: Record<string, string> = {}) => ({
  token: extra.token ?? nextToken(),
  name: 'Léa Visiteuse',
  email: 'lea.visiteuse@example.com',
  message: 'Bonjour, je cherche une graphiste pour l’identité de notre association.',
  website: '',
  ...extra,
});

describe('contacting a member from their page', () => {
  it('stores the message, notifies the member and emails them the visitor’s address, then redirects to a confirmation', async () => {
    const member = await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'destinataire' } });
    const response = await post('destinataire', valid());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/membres/destinataire?message=envoye#contact-sent');

    const stored = await t.db.prisma.contactMessage.findMany({ where: { memberId: member.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      senderName: 'Léa Visiteuse',
      senderEmail: 'lea.visiteuse@example.com',
      ip: expect.stringMatching(/^203\.0\.113\./),
    });
    const notification = await t.db.prisma.notification.findFirstOrThrow({
      where: { memberId: member.id, kind: 'contact.message_received' },
    });
    expect(notification.data).toMatchObject({ contactMessageId: stored[0]!.id, senderName: 'Léa Visiteuse' });
    const email = await t.db.prisma.outboxEmail.findFirstOrThrow({
      where: { to: 'destinataire-prive@example.fr', kind: 'contact-message' },
    });
    expect(email.subject).toContain('Léa Visiteuse');
    expect(email.text).toContain('lea.visiteuse@example.com');
    expect(email.text).toContain('je cherche une graphiste');
    expect(await t.db.prisma.auditLogEntry.count({ where: { action: 'contact.sent', targetId: member.id } })).toBe(1);

    const confirmation = await get(t, '/membres/destinataire?message=envoye');
    expect(confirmation.status).toBe(200);
    expect(confirmation.html).toContain('id="contact-sent"');
    expect(text(confirmation.html)).toContain('Votre message a été envoyé.');
    expect(confirmation.headers.get('cache-control')).toBe('private, no-store');
    // Neither the page nor the confirmation reveals the member's address.
    expect(confirmation.html).not.toContain('destinataire-prive@example.fr');
  });

  it('drops a message whose honeypot is filled, showing the robot the same confirmation', async () => {
    const member = await t.db.prisma.member.findUniqueOrThrow({ where: { handle: 'destinataire' } });
    const before = await t.db.prisma.contactMessage.count({ where: { memberId: member.id } });
    const response = await post(
      'destinataire',
      valid({ website: 'https://spam.example', message: 'Achetez nos liens, meilleur prix garanti !' }),
    );
    expect(response.status).toBe(303);
    expect(await t.db.prisma.contactMessage.count({ where: { memberId: member.id } })).toBe(before);
    expect(await t.db.prisma.outboxEmail.count({ where: { text: { contains: 'meilleur prix' } } })).toBe(0);
    expect(
      await t.db.prisma.auditLogEntry.count({
        where: { action: 'contact.blocked', data: { path: ['reason'], equals: 'honeypot' } },
      }),
    ).toBe(1);
  });

  it('refuses a form posted within seconds of loading it, keeping the visitor’s text', async () => {
    const fresh = tokenOf((await get(t, '/membres/destinataire')).html);
    const response = await post('destinataire', valid({ token: fresh }));
    expect(response.status).toBe(422);
    expect(text(response.html)).toContain('Prenez le temps de relire votre message');
    expect(response.html).toContain('je cherche une graphiste');
    expect(response.html).toContain('value="lea.visiteuse@example.com"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    // A new token comes with the page, so the visitor can simply send again.
    expect(tokenOf(response.html)).not.toBe(fresh);
  });

  it('refuses a forged or missing token', async () => {
    const [, nonce, signature] = nextToken().split('.');
    for (const forged of [
      '',
      'abc',
      `${Date.now().toString(36)}.${nonce}.${'A'.repeat(32)}`,
      `${(Date.now() - 60_000).toString(36)}.${nonce}.${signature}`,
    ]) {
      const response = await post('destinataire', valid({ token: forged }));
      expect(response.status, forged).toBe(422);
      expect(text(response.html)).toContain('Ce formulaire a expiré');
    }
  });

  it('shows each invalid field next to it, with the input kept', async () => {
    const response = await post('destinataire', valid({ name: '', email: 'pas-une-adresse', message: 'court' }));
    expect(response.status).toBe(422);
    const html = response.html;
    expect(html).toContain('role="alert"');
    expect(html).toContain('id="contact-name-error"');
    expect(html).toContain('aria-describedby="contact-email-error"');
    expect(html).toMatch(/id="contact-message"[^>]*aria-invalid="true"/);
    expect(html).toContain('value="pas-une-adresse"');
    expect(html).toContain('>court</textarea>');
    expect(html).toContain('href="#contact-email"');
    expect(await t.db.prisma.contactMessage.count({ where: { senderEmail: 'pas-une-adresse' } })).toBe(0);
  });

  it('says the message’s limit and refuses a longer one with its reason, the whole text kept (never cut silently)', async () => {
    const page = await get(t, '/membres/destinataire');
    expect(page.html).not.toMatch(/<textarea[^>]*maxLength/i);
    expect(page.html).toMatch(/<textarea[^>]*aria-describedby="contact-message-limit"/);
    expect(page.html).toContain('De 10 à 5 000 caractères.');
    const long = 'Un très long message. '.repeat(455); // 10,010 characters
    const before = await t.db.prisma.contactMessage.count();
    const response = await post('destinataire', valid({ message: long }));
    expect(response.status).toBe(422);
    expect(response.html).toContain('Votre message est trop long (5 000 caractères au plus).');
    expect(response.html).toContain(`${long}</textarea>`);
    expect(await t.db.prisma.contactMessage.count()).toBe(before);
  });

  it('accepts each form once: posts replaying its token are refused, even all at once', async () => {
    const once = nextToken();
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => post('destinataire', valid({ token: once, email: 'rejeu@example.com' }))),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([303, 422, 422]);
    const refused = answers.find((a) => a.status === 422)!;
    expect(text(refused.html)).toContain('Ce formulaire a déjà été envoyé');
    // The visitor's text is kept, with a new token to send it again.
    expect(refused.html).toContain('je cherche une graphiste');
    expect(tokenOf(refused.html)).not.toBe(once);
    expect(await t.db.prisma.contactMessage.count({ where: { senderEmail: 'rejeu@example.com' } })).toBe(1);
    // Later, too.
    expect((await post('destinataire', valid({ token: once, email: 'rejeu@example.com' }))).status).toBe(422);
  });

  it('stops an address after its hourly allowance (blocked posts count too)', async () => {
    const ip = '198.51.100.7';
    for (let n = 0; n < CONTACT_LIMIT.max; n++)
      expect((await post('destinataire', valid({ token: 'forge' }), { 'x-forwarded-for': ip })).status).toBe(422);
    const response = await post('destinataire', valid({ email: 'limite@example.com' }), { 'x-forwarded-for': ip });
    expect(response.status).toBe(429);
    expect(text(response.html)).toContain('Trop de messages');
    expect(await t.db.prisma.contactMessage.count({ where: { senderEmail: 'limite@example.com' } })).toBe(0);
    // Another address is not affected.
    expect((await post('destinataire', valid({ email: 'autre@example.com' }))).status).toBe(303);
  });

  it('never lets two posts at once slip past the allowance together', async () => {
    const ip = '198.51.100.8';
    for (let n = 0; n < CONTACT_LIMIT.max - 1; n++)
      await post('destinataire', valid({ token: 'forge' }), { 'x-forwarded-for': ip });
    const statuses = await Promise.all(
      Array.from({ length: 4 }, (_, n) =>
        post('destinataire', valid({ email: `course-${n}@example.com` }), { 'x-forwarded-for': ip }).then(
          (r) => r.status,
        ),
      ),
    );
    expect(statuses.filter((status) => status === 303)).toHaveLength(1);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
  });

  it('refuses a post from another site, and anything but a urlencoded form', async () => {
    const crossSite = await post('destinataire', valid({ email: 'croise@example.com' }), {
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    const json = await fetch(`${t.url}/membres/destinataire/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PUBLIC_URL },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const huge = await post('destinataire', valid({ message: 'x'.repeat(200_000) }));
    expect(huge.status).toBe(413);
    expect(await t.db.prisma.contactMessage.count({ where: { senderEmail: 'croise@example.com' } })).toBe(0);
  });

  it('answers 404 or 410 for members who have no public page', async () => {
    expect((await post('personne-inconnue', valid())).status).toBe(404);
    const suspended = await memberWithPage(t, 'contact-suspendu');
    await t.db.prisma.member.update({ where: { id: suspended.id }, data: { status: 'SUSPENDED' } });
    expect((await post('contact-suspendu', valid())).status).toBe(410);
    expect(await t.db.prisma.contactMessage.count({ where: { memberId: suspended.id } })).toBe(0);
  });

  it('offers signed-in members the portal’s introduction request instead of the form', async () => {
    const cookie = await signIn(t, 'camille.martin@example.fr');
    const page = await get(t, '/membres/destinataire', { cookie });
    expect(page.status).toBe(200);
    expect(page.html).toContain('href="/reseau/destinataire?contact=1"');
    expect(page.html).not.toContain('name="token"');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const visitor = await get(t, '/membres/destinataire');
    expect(visitor.html).toContain('action="/membres/destinataire/contact"');
    expect(visitor.html).toContain('<label for="contact-website">Laissez ce champ vide</label>');
  });
});
