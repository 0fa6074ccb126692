// The sections of a visibility page: an ordered JSON list in the database (see the seed's
// build-pages.ts for its shape), an interface with one object type per kind in GraphQL, and a
// @oneOf input to write them. Every text is cleaned when it is written and again when it is read.
import { PAGE_LIMITS } from '@ekoacteurs/contract/input-rules';
import { z } from 'zod';
import { cleanMarkdown, cleanText, httpUrl, markdownToHtml } from '../../markdown/index.ts';
import { builder } from '../builder.ts';

export type StoredSection =
  | { kind: 'TEXT'; title: string; markdown: string }
  | { kind: 'SERVICES'; items: { title: string; description: string }[] }
  | { kind: 'REFERENCES'; items: { client: string; description: string }[] }
  | { kind: 'CALL_TO_ACTION'; label: string; action: 'CONTACT' | 'URL'; url?: string | null };

// ───────────────────────── reading (database → GraphQL) ─────────────────────────

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown) => (typeof value === 'string' ? cleanText(value) : '');
const itemsOf = (value: unknown) => (Array.isArray(value) ? value.filter(isObject) : []);

/** The stored sections, cleaned; entries of an unknown shape are left out rather than failing the page. */
export function readSections(value: unknown): StoredSection[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((section): StoredSection[] => {
    switch (section.kind) {
      case 'TEXT':
        return [
          {
            kind: 'TEXT',
            title: textOf(section.title),
            markdown: typeof section.markdown === 'string' ? cleanMarkdown(section.markdown) : '',
          },
        ];
      case 'SERVICES':
        return [
          {
            kind: 'SERVICES',
            items: itemsOf(section.items).map((item) => ({
              title: textOf(item.title),
              description: textOf(item.description),
            })),
          },
        ];
      case 'REFERENCES':
        return [
          {
            kind: 'REFERENCES',
            items: itemsOf(section.items).map((item) => ({
              client: textOf(item.client),
              description: textOf(item.description),
            })),
          },
        ];
      case 'CALL_TO_ACTION': {
        const url = typeof section.url === 'string' ? httpUrl(section.url) : null;
        // A link action without a usable link degrades to the contact form, never to a bad href.
        const action = section.action === 'URL' && url ? 'URL' : 'CONTACT';
        return [{ kind: 'CALL_TO_ACTION', label: textOf(section.label), action, url: action === 'URL' ? url : null }];
      }
      default:
        return [];
    }
  });
}

// ───────────────────────── GraphQL output ─────────────────────────

export const PageSectionKindEnum = builder.enumType('PageSectionKind', {
  description: 'What a section of a visibility page holds.',
  values: {
    TEXT: { description: 'A titled text in markdown (e.g. "Mon parcours").' },
    SERVICES: { description: 'The services offered (prestations), each with a title and a description.' },
    REFERENCES: { description: 'References (références): clients or projects, each with a description.' },
    CALL_TO_ACTION: { description: 'A button inviting visitors to act: contact the owner, or follow a link.' },
  } as const,
});

export const CallToActionKindEnum = builder.enumType('CallToActionKind', {
  description: 'What a call-to-action button does.',
  values: {
    CONTACT: { description: 'Opens the page’s contact form (the owner’s email stays hidden).' },
    URL: { description: 'Follows the section’s http(s) link.' },
  } as const,
});

export const PageSectionInterface = builder.interfaceRef<StoredSection>('PageSection').implement({
  description: 'One section of a visibility page, in page order. Query the implementing types for their content.',
  fields: (t) => ({
    kind: t.field({
      type: PageSectionKindEnum,
      description: 'Which kind of section this is.',
      resolve: (section) => section.kind,
    }),
  }),
});

type Of<K extends StoredSection['kind']> = Extract<StoredSection, { kind: K }>;

builder.objectRef<Of<'TEXT'>>('TextSection').implement({
  description: 'A titled text. `markdown` is the source (to edit it); `html` is what to display.',
  interfaces: [PageSectionInterface],
  isTypeOf: (section) => (section as StoredSection).kind === 'TEXT',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The section’s heading, plain text.' }),
    markdown: t.exposeString('markdown', {
      description: 'The text in markdown, without raw HTML or unsafe links. Display `html`, not this.',
    }),
    html: t.string({
      description:
        'The text rendered to HTML and sanitised: paragraphs, emphasis, lists, quotes, code, tables and http(s)/mailto/tel links only. Safe to insert in a page.',
      resolve: (section) => markdownToHtml(section.markdown),
    }),
  }),
});

const ServiceItem = builder.objectRef<{ title: string; description: string }>('ServiceItem').implement({
  description: 'A service offered (prestation).',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its name, plain text.' }),
    description: t.exposeString('description', { description: 'What it is, plain text (may contain line breaks).' }),
  }),
});

builder.objectRef<Of<'SERVICES'>>('ServicesSection').implement({
  description: 'The services offered, in order.',
  interfaces: [PageSectionInterface],
  isTypeOf: (section) => (section as StoredSection).kind === 'SERVICES',
  fields: (t) => ({
    items: t.field({
      type: [ServiceItem],
      description: 'The services, in order.',
      resolve: (section) => section.items,
    }),
  }),
});

const ReferenceItem = builder.objectRef<{ client: string; description: string }>('ReferenceItem').implement({
  description: 'A reference (référence): a client or project the owner worked for.',
  fields: (t) => ({
    client: t.exposeString('client', { description: 'The client or project, plain text.' }),
    description: t.exposeString('description', { description: 'What was done, plain text.' }),
  }),
});

builder.objectRef<Of<'REFERENCES'>>('ReferencesSection').implement({
  description: 'References, in order.',
  interfaces: [PageSectionInterface],
  isTypeOf: (section) => (section as StoredSection).kind === 'REFERENCES',
  fields: (t) => ({
    items: t.field({
      type: [ReferenceItem],
      description: 'The references, in order.',
      resolve: (section) => section.items,
    }),
  }),
});

builder.objectRef<Of<'CALL_TO_ACTION'>>('CallToActionSection').implement({
  description: 'A button inviting visitors to act.',
  interfaces: [PageSectionInterface],
  isTypeOf: (section) => (section as StoredSection).kind === 'CALL_TO_ACTION',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'The button’s text, plain text (e.g. "Me contacter").' }),
    action: t.field({
      type: CallToActionKindEnum,
      description: 'What the button does.',
      resolve: (section) => section.action,
    }),
    url: t.string({
      nullable: true,
      description: 'The absolute http(s) link for a URL action; null for CONTACT.',
      resolve: (section) => section.url ?? null,
    }),
  }),
});

// ───────────────────────── GraphQL input ─────────────────────────

const TextSectionInput = builder.inputType('TextSectionInput', {
  description: 'A titled markdown text. Raw HTML and links that could run code are removed.',
  fields: (t) => ({
    title: t.string({ required: true, description: `The heading (1–${PAGE_LIMITS.title} characters).` }),
    markdown: t.string({
      required: true,
      description: `The text in markdown (1–${PAGE_LIMITS.markdown} characters).`,
    }),
  }),
});

const ServiceItemInput = builder.inputType('ServiceItemInput', {
  description: 'A service offered.',
  fields: (t) => ({
    title: t.string({ required: true, description: `Its name (1–${PAGE_LIMITS.title} characters).` }),
    description: t.string({
      required: false,
      description: `What it is (up to ${PAGE_LIMITS.description} characters).`,
    }),
  }),
});

const ReferenceItemInput = builder.inputType('ReferenceItemInput', {
  description: 'A reference: a client or project.',
  fields: (t) => ({
    client: t.string({ required: true, description: `The client or project (1–${PAGE_LIMITS.title} characters).` }),
    description: t.string({
      required: false,
      description: `What was done (up to ${PAGE_LIMITS.description} characters).`,
    }),
  }),
});

const ServicesSectionInput = builder.inputType('ServicesSectionInput', {
  description: 'The services offered.',
  fields: (t) => ({
    items: t.field({
      type: [ServiceItemInput],
      required: true,
      description: `1 to ${PAGE_LIMITS.items} services, in order.`,
    }),
  }),
});

const ReferencesSectionInput = builder.inputType('ReferencesSectionInput', {
  description: 'References.',
  fields: (t) => ({
    items: t.field({
      type: [ReferenceItemInput],
      required: true,
      description: `1 to ${PAGE_LIMITS.items} references, in order.`,
    }),
  }),
});

const CallToActionSectionInput = builder.inputType('CallToActionSectionInput', {
  description: 'A call-to-action button.',
  fields: (t) => ({
    label: t.string({ required: true, description: `The button’s text (1–${PAGE_LIMITS.label} characters).` }),
    action: t.field({ type: CallToActionKindEnum, required: true, description: 'What the button does.' }),
    url: t.string({
      required: false,
      description: 'For a URL action: an absolute http(s) link (required then, ignored for CONTACT).',
    }),
  }),
});

export const PageSectionInput = builder.inputType('PageSectionInput', {
  description: 'One section of a page: give exactly one of the fields.',
  isOneOf: true,
  fields: (t) => ({
    text: t.field({ type: TextSectionInput, description: 'A titled markdown text.' }),
    services: t.field({ type: ServicesSectionInput, description: 'The services offered.' }),
    references: t.field({ type: ReferencesSectionInput, description: 'References.' }),
    callToAction: t.field({ type: CallToActionSectionInput, description: 'A call-to-action button.' }),
  }),
});

// ───────────────────────── validation (GraphQL input → database) ─────────────────────────

/** Plain text, cleaned first, then measured: what is stored is what was checked. */
export const plainText = (min: number, max: number, what: string) =>
  z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(min, { error: min === 1 ? `Write the ${what}.` : `Write at least ${min} characters for the ${what}.` })
        .max(max, { error: `Use at most ${max} characters for the ${what}.` }),
    );

const optionalText = (max: number, what: string) =>
  z
    .string()
    .nullish()
    .transform((v) => v ?? '')
    .pipe(plainText(0, max, what));

const markdownText = z
  .string()
  .transform(cleanMarkdown)
  .pipe(
    z
      .string()
      .min(1, { error: 'Write some text (markup alone is removed).' })
      .max(PAGE_LIMITS.markdown, { error: `Use at most ${PAGE_LIMITS.markdown} characters.` }),
  );

const items = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1, { error: 'Add at least one item.' })
    .max(PAGE_LIMITS.items, { error: `Use at most ${PAGE_LIMITS.items} items.` });

const callToAction = z
  .object({
    label: plainText(1, PAGE_LIMITS.label, 'button text'),
    action: z.enum(['CONTACT', 'URL']),
    url: z.string().max(PAGE_LIMITS.url, { error: 'This link is too long.' }).nullish(),
  })
  .transform((value, context) => {
    if (value.action === 'CONTACT')
      return { kind: 'CALL_TO_ACTION' as const, label: value.label, action: 'CONTACT' as const, url: null };
    const url = value.url ? httpUrl(value.url) : null;
    if (!url) {
      context.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'Give an absolute http(s) link, e.g. https://example.fr.',
      });
      return z.NEVER;
    }
    return { kind: 'CALL_TO_ACTION' as const, label: value.label, action: 'URL' as const, url };
  });

const section = z
  .object({
    text: z.object({ title: plainText(1, PAGE_LIMITS.title, 'title'), markdown: markdownText }).nullish(),
    services: z
      .object({
        items: items(
          z.object({
            title: plainText(1, PAGE_LIMITS.title, 'title'),
            description: optionalText(PAGE_LIMITS.description, 'description'),
          }),
        ),
      })
      .nullish(),
    references: z
      .object({
        items: items(
          z.object({
            client: plainText(1, PAGE_LIMITS.title, 'client'),
            description: optionalText(PAGE_LIMITS.description, 'description'),
          }),
        ),
      })
      .nullish(),
    callToAction: callToAction.nullish(),
  })
  .transform((value, context): StoredSection => {
    if (value.text) return { kind: 'TEXT', ...value.text };
    if (value.services) return { kind: 'SERVICES', items: value.services.items };
    if (value.references) return { kind: 'REFERENCES', items: value.references.items };
    if (value.callToAction) return value.callToAction;
    context.addIssue({ code: 'custom', message: 'Give exactly one kind of section.' });
    return z.NEVER;
  });

export const sectionsSchema = z
  .array(section)
  .max(PAGE_LIMITS.sections, { error: `Use at most ${PAGE_LIMITS.sections} sections.` });
