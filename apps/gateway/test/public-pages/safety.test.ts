// Text members write ends up in pages visitors open: whatever they type, it never becomes markup
// that runs (no script, no event handler, no javascript: link), in the body or in the head.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../harness.ts';
import { XSS_PAYLOADS as CHEAT_SHEET } from '../pages/xss-payloads.ts';
import { count, get, ids, jsonLd, memberWithPage } from './fixtures.ts';

// PostgreSQL stores no NUL character in text: the rows are written without it.
const XSS_PAYLOADS = CHEAT_SHEET.map((payload) => payload.split('\u0000').join(''));

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t?.stop());

/** Markup that would run: script elements (but JSON-LD), event handler attributes, script URLs. */
function runnable(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*>/gi))
    if (!match[0].includes('type="application/ld+json"')) found.push(match[0]);
  // An attribute named on…, outside quoted values (React escapes "<" and ">" inside them).
  for (const match of html.matchAll(/<[a-z][^>]*>/gi))
    if (/\son[a-z]+\s*=/i.test(match[0].replace(/"[^"]*"/g, '""'))) found.push(match[0]);
  for (const match of html.matchAll(
    /\s(?:href|src|action|formaction|xlink:href)\s*=\s*"\s*(?:javascript|vbscript|data):[^"]*"/gi,
  ))
    found.push(match[0]);
  for (const tag of ['iframe', 'object', 'embed', 'svg', 'math', 'style', 'form action="javascript']) {
    if (new RegExp(`<${tag}[\\s>]`, 'i').test(html)) found.push(tag);
  }
  return found;
}

describe('member-written text in public pages', () => {
  it('renders every payload of the cheat sheet as harmless text, in every kind of section', async () => {
    const sections = XSS_PAYLOADS.flatMap((payload) => [
      { kind: 'TEXT', title: payload, markdown: `Avant ${payload} après` },
      { kind: 'SERVICES', items: [{ title: payload, description: payload }] },
      { kind: 'REFERENCES', items: [{ client: payload, description: payload }] },
      { kind: 'CALL_TO_ACTION', label: payload, action: 'URL', url: payload },
    ]);
    const member = await memberWithPage(t, 'charge-utile', { sections });
    await t.db.prisma.member.update({
      where: { id: member.id },
      data: {
        headline: XSS_PAYLOADS.join(' '),
        canDo: XSS_PAYLOADS.join('\n'),
        avatarUrl: 'javascript:alert(1)',
        city: '"><script>alert(1)</script>',
      },
    });
    await t.db.prisma.visibilityPage.update({
      where: { memberId: member.id },
      data: { title: '</title><script>alert(1)</script>', seoDescription: '"><img src=x onerror=alert(1)>' },
    });
    const page = await get(t, '/membres/charge-utile');
    expect(page.status).toBe(200);
    expect(runnable(page.html)).toEqual([]);
    expect(count(page.html, /<h1[ >]/)).toBe(1);
    expect(new Set(ids(page.html)).size).toBe(ids(page.html).length);
    // The structured data still parses, with the text as text.
    expect(jsonLd(page.html)[0]!['@type']).toBe('Person');
  });

  it('renders a workshop description and a collective’s page safely', async () => {
    await t.db.prisma.workshop.create({
      data: {
        slug: 'atelier-piege',
        kind: 'ATELIER',
        title: '<img src=x onerror=alert(1)>',
        description: XSS_PAYLOADS.join('\n\n'),
        place: '<script>alert(1)</script>',
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
        format: 'HYBRID',
        capacity: 3,
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    });
    const workshop = await get(t, '/ateliers/atelier-piege');
    expect(workshop.status).toBe(200);
    expect(runnable(workshop.html)).toEqual([]);
    await t.db.prisma.collective.create({
      data: {
        slug: 'collectif-piege',
        name: '<svg onload=alert(1)>',
        purpose: XSS_PAYLOADS.join(' '),
        page: {
          create: {
            slug: 'collectif-piege',
            ownerKind: 'COLLECTIVE',
            title: 'x',
            published: true,
            publishedAt: new Date(),
            sections: XSS_PAYLOADS.map((payload) => ({ kind: 'TEXT', title: 't', markdown: payload })),
          },
        },
      },
    });
    const collective = await get(t, '/collectifs/collectif-piege');
    expect(collective.status).toBe(200);
    expect(runnable(collective.html)).toEqual([]);
  });

  it('checks itself: the detector finds a script, a handler and a script link', () => {
    expect(runnable('<p><script>x</script><img src=x onerror=y><a href="javascript:z">a</a></p>')).toHaveLength(3);
  });
});
