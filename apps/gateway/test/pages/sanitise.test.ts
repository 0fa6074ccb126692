// Script injection never reaches a browser: every text field of a page, written through the API
// (cleaned on the way in) or already in the database (cleaned on the way out), with classic payloads.
import { Marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanMarkdown, cleanText, markdownToHtml } from '../../src/markdown/index.ts';
import { startTestGateway, type As, type TestGateway } from '../harness.ts';
import { PAGE_FIELDS, personWithSession } from './fixtures.ts';
import { XSS_PAYLOADS } from './xss-payloads.ts';

/** Every tag of the HTML is one of the allowed ones, with only allowed attributes and safe links. */
const ALLOWED_TAG =
  /^<\/?(p|br|strong|em|del|s|code|pre|blockquote|ul|ol|li|hr|a|h3|h4|h5|h6|table|thead|tbody|tr|th|td)((?: href="(?:https?:\/\/|mailto:|tel:)[^"]*"| title="[^"]*"| rel="nofollow ugc noopener noreferrer"| start="\d+"| align="(?:left|center|right)")*)\s*\/?>$/;

/** What is wrong with HTML meant to be inserted in a page (nothing, we expect). */
function htmlProblems(html: string): string[] {
  const tags = html.match(/<[^>]*>?/g) ?? [];
  // "javascript:alert(1)" may remain as words in a paragraph; never inside a tag.
  return [
    ...tags.filter((tag) => !ALLOWED_TAG.test(tag)).map((tag) => `tag ${tag} in ${html}`),
    ...tags.filter((tag) => /javascript:|vbscript:|data:|on\w+=/i.test(tag)).map((tag) => `script in ${tag}`),
  ];
}

/** Plain text: no tag can be formed from it, no markdown link towards a script. */
function textProblems(text: string): string[] {
  return /<[a-z!/?]/i.test(text) || /\]\s*[(:]\s*<?\s*(?:java|vb)script:/i.test(text)
    ? [`markup in ${JSON.stringify(text)}`]
    : [];
}

/** Markdown: no raw HTML, no link or image whose target is not http(s), mailto, tel or relative. */
function markdownProblems(markdown: string): string[] {
  const problems = textProblems(markdown);
  const lexer = new Marked();
  lexer.walkTokens(lexer.lexer(markdown), (token) => {
    if (token.type === 'html') problems.push(`raw HTML ${token.raw}`);
    if ((token.type === 'link' || token.type === 'image') && !/^(https?:|mailto:|tel:|\/|#|[^:]*$)/i.test(token.href))
      problems.push(`link to ${token.href}`);
  });
  return problems;
}

describe('the cleaners, one payload at a time', () => {
  it.each(XSS_PAYLOADS)('%j', (payload) => {
    expect([
      ...textProblems(cleanText(payload)),
      ...markdownProblems(cleanMarkdown(payload)),
      ...htmlProblems(markdownToHtml(payload)),
    ]).toEqual([]);
  });

  it('keep what members legitimately write', () => {
    expect(cleanText('Conseil & accompagnement <3 — "RSE" > 10 ans')).toBe(
      'Conseil & accompagnement <3 — "RSE" > 10 ans',
    );
    const markdown =
      '## Offre\n\n> Une citation\n\n- **gras** et _italique_\n- [site](https://example.fr) <https://auto.example.fr> contact@example.fr\n\n1. un\n2. deux';
    expect(cleanMarkdown(markdown)).toBe(markdown.replace('<https://auto.example.fr>', 'https://auto.example.fr'));
    const html = markdownToHtml(markdown);
    expect(html).toContain('<h3>Offre</h3>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<a href="https://example.fr" rel="nofollow ugc noopener noreferrer">site</a>');
    expect(html).toContain('<a href="https://auto.example.fr" rel="nofollow ugc noopener noreferrer">');
    expect(html).toContain('<a href="mailto:contact@example.fr"');
    expect(htmlProblems(html)).toEqual([]);
  });

  it('are idempotent: cleaning clean text changes nothing', () => {
    for (const payload of XSS_PAYLOADS) {
      expect(cleanMarkdown(cleanMarkdown(payload))).toBe(cleanMarkdown(payload));
      expect(cleanText(cleanText(payload))).toBe(cleanText(payload));
    }
  });
});

const STORABLE = XSS_PAYLOADS.filter((payload) => !payload.includes('\u0000'));

describe('through the API', () => {
  let t: TestGateway;
  let author: { member: { id: string }; as: As };

  beforeAll(async () => {
    t = await startTestGateway();
    author = await personWithSession(t, 'autrice');
  });
  afterAll(() => t?.stop());

  type Page = { title: string; seoDescription: string; sections: Record<string, unknown>[] };

  function pageProblems(page: Page): string[] {
    const problems = [...textProblems(page.title), ...textProblems(page.seoDescription)];
    for (const section of page.sections) {
      if (section.__typename === 'TextSection') {
        problems.push(
          ...textProblems(section.title as string),
          ...markdownProblems(section.markdown as string),
          ...htmlProblems(section.html as string),
        );
      }
      for (const item of (section.items as Record<string, string>[] | undefined) ?? [])
        for (const value of Object.values(item)) problems.push(...textProblems(value));
      if (section.__typename === 'CallToActionSection') {
        problems.push(...textProblems(section.label as string));
        if (section.url !== null && !/^https?:\/\//.test(section.url as string))
          problems.push(`call to action towards ${section.url}`);
      }
    }
    return problems;
  }

  it('cleans every text field of every section on the way in', async () => {
    // A page holds at most 20 sections: the payloads go in several saves.
    // Payloads with a NUL character are refused before anything runs (BAD_USER_INPUT): STORABLE only.
    for (let start = 0; start < STORABLE.length; start += 6) {
      const payloads = STORABLE.slice(start, start + 6);
      const sections = payloads.flatMap((payload) => [
        { text: { title: `Titre ${payload}`, markdown: `Texte ${payload}` } },
        { services: { items: [{ title: `Service ${payload}`, description: payload }] } },
        { references: { items: [{ client: `Client ${payload}`, description: payload }] } },
      ]);
      const { body } = await t.graphql(
        `mutation($input: SavePageInput!) { saveMyPage(input: $input) { __typename ... on VisibilityPageSuccess { page { ${PAGE_FIELDS} } } ... on ValidationError { fieldErrors { path message } } } }`,
        {
          input: {
            title: `Page ${payloads[0]}`,
            seoDescription: payloads.join(' '),
            sections: [...sections, { callToAction: { label: `Go ${payloads[1]}`, action: 'CONTACT' } }],
          },
        },
        author.as,
      );
      expect(body.data.saveMyPage.__typename, JSON.stringify(body)).toBe('VisibilityPageSuccess');
      expect(body.data.saveMyPage.page.sections).toHaveLength(sections.length + 1);
      expect(pageProblems(body.data.saveMyPage.page)).toEqual([]);
      // What is stored is already clean: any other reader of the table gets no markup either.
      const stored = await t.db.prisma.visibilityPage.findUniqueOrThrow({ where: { memberId: author.member.id } });
      const markdown = (stored.sections as { markdown?: string }[]).flatMap((section) =>
        section.markdown ? markdownProblems(section.markdown) : [],
      );
      expect([
        ...textProblems(JSON.stringify([stored.title, stored.seoDescription, stored.sections])),
        ...markdown,
      ]).toEqual([]);
    }
  });

  it('refuses a javascript: link for a call to action', async () => {
    const { body } = await t.graphql(
      `mutation($input: SavePageInput!) { saveMyPage(input: $input) { __typename ... on ValidationError { fieldErrors { path } } } }`,
      {
        input: {
          title: 'Lien piégé',
          sections: [{ callToAction: { label: 'Voir', action: 'URL', url: ' JaVaScRiPt:alert(1)' } }],
        },
      },
      author.as,
    );
    expect(body.data.saveMyPage.fieldErrors).toEqual([{ path: ['input', 'sections', '0', 'callToAction', 'url'] }]);
  });

  it('cleans on the way out what reached the database by another road', async () => {
    const owner = await personWithSession(t, 'ancienne-page');
    await t.db.prisma.visibilityPage.create({
      data: {
        slug: 'ancienne-page',
        ownerKind: 'MEMBER',
        memberId: owner.member.id,
        published: true,
        title: XSS_PAYLOADS[0]!,
        seoDescription: XSS_PAYLOADS[2]!,
        // PostgreSQL cannot store U+0000 in JSON: that payload cannot arrive by this road.
        sections: STORABLE.flatMap((payload) => [
          { kind: 'TEXT', title: payload, markdown: payload },
          { kind: 'SERVICES', items: [{ title: payload, description: payload }] },
          { kind: 'REFERENCES', items: [{ client: payload, description: payload }] },
          { kind: 'CALL_TO_ACTION', label: payload, action: 'URL', url: 'javascript:alert(1)' },
        ]),
      },
    });
    const { body } = await t.graphql(`{ visibilityPage(slug: "ancienne-page") { ${PAGE_FIELDS} } }`);
    const page = body.data.visibilityPage;
    expect(page.sections).toHaveLength(STORABLE.length * 4);
    expect(pageProblems(page)).toEqual([]);
    // A link action with an unusable link falls back to the contact form.
    expect(page.sections[3]).toMatchObject({ action: 'CONTACT', url: null });
  });
});
