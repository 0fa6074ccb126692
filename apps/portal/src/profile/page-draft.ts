// The page editor's draft: the sections as the form holds them (with stable keys for React and
// focus), their checks with the API's rules (page-sections.ts), and the API's input.
import type { MyPageFieldsFragment, PageSectionInput, PageSectionKind, SavePageInput } from '@ekoacteurs/client';
import type { Problem } from '../shared/form.ts';
import { PAGE_LIMITS, PAGE_RULES } from '@ekoacteurs/contract/input-rules';
import { problemOf } from '../shared/network-rules.ts';

export interface DraftItem {
  key: string;
  /** A service's title, or a reference's client. */
  name: string;
  description: string;
}

export interface DraftSection {
  key: string;
  kind: PageSectionKind;
  title: string;
  markdown: string;
  items: DraftItem[];
  label: string;
  action: 'CONTACT' | 'URL';
  url: string;
}

export interface Draft {
  title: string;
  seoDescription: string;
  sections: DraftSection[];
}

let counter = 0;
export const newKey = () => `k${++counter}`;

export const emptyItem = (): DraftItem => ({ key: newKey(), name: '', description: '' });

export function emptySection(kind: PageSectionKind): DraftSection {
  return {
    key: newKey(),
    kind,
    title: '',
    markdown: '',
    items: kind === 'SERVICES' || kind === 'REFERENCES' ? [emptyItem()] : [],
    label: '',
    action: 'CONTACT',
    url: '',
  };
}

export function draftOf(page: MyPageFieldsFragment | null | undefined, fallbackTitle: string): Draft {
  if (!page) return { title: fallbackTitle, seoDescription: '', sections: [emptySection('TEXT')] };
  return {
    title: page.title,
    seoDescription: page.seoDescription,
    sections: page.sections.map((section) => {
      const base = emptySection(section.kind);
      switch (section.__typename) {
        case 'TextSection':
          return { ...base, title: section.title, markdown: section.markdown };
        case 'ServicesSection':
          return {
            ...base,
            items: section.items.map((item) => ({ key: newKey(), name: item.title, description: item.description })),
          };
        case 'ReferencesSection':
          return {
            ...base,
            items: section.items.map((item) => ({ key: newKey(), name: item.client, description: item.description })),
          };
        case 'CallToActionSection':
          return { ...base, label: section.label, action: section.action, url: section.url ?? '' };
        default:
          return base;
      }
    }),
  };
}

/** The API's name of a section's part: sections.2.text.markdown, sections.0.services.items.1.title… */
export function sectionPath(index: number, section: DraftSection, part: string): string {
  const field = { TEXT: 'text', SERVICES: 'services', REFERENCES: 'references', CALL_TO_ACTION: 'callToAction' }[
    section.kind
  ];
  return `sections.${index}.${field}.${part}`;
}

export const itemNameField = (section: DraftSection) => (section.kind === 'REFERENCES' ? 'client' : 'title');

/** Every problem of the draft, by the API's field path. */
export function draftProblems(draft: Draft): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const add = (path: string, problem: Problem | null) => {
    if (problem) problems[path] = problem;
  };
  add('title', problemOf(draft.title, PAGE_RULES.title));
  add('seoDescription', problemOf(draft.seoDescription, PAGE_RULES.seoDescription));
  if (draft.sections.length > PAGE_LIMITS.sections)
    add('sections', { key: 'profile.page.tooManySections', values: { max: PAGE_LIMITS.sections } });
  draft.sections.forEach((section, index) => {
    const at = (part: string) => sectionPath(index, section, part);
    switch (section.kind) {
      case 'TEXT':
        add(at('title'), problemOf(section.title, PAGE_RULES.sectionTitle));
        add(at('markdown'), problemOf(section.markdown, PAGE_RULES.markdown));
        break;
      case 'SERVICES':
      case 'REFERENCES':
        if (section.items.length === 0) add(at('items'), { key: 'profile.page.noItems' });
        if (section.items.length > PAGE_LIMITS.items)
          add(at('items'), { key: 'profile.page.tooManyItems', values: { max: PAGE_LIMITS.items } });
        section.items.forEach((item, position) => {
          add(at(`items.${position}.${itemNameField(section)}`), problemOf(item.name, PAGE_RULES.itemTitle));
          add(at(`items.${position}.description`), problemOf(item.description, PAGE_RULES.itemDescription));
        });
        break;
      case 'CALL_TO_ACTION':
        add(at('label'), problemOf(section.label, PAGE_RULES.label));
        if (section.action === 'URL') add(at('url'), problemOf(section.url, PAGE_RULES.url));
        break;
    }
  });
  return problems;
}

export function inputOf(draft: Draft): SavePageInput {
  const sections = draft.sections.map((section): PageSectionInput => {
    const items = section.items.map((item) => ({ name: item.name.trim(), description: item.description.trim() }));
    switch (section.kind) {
      case 'TEXT':
        return { text: { title: section.title.trim(), markdown: section.markdown } };
      case 'SERVICES':
        return { services: { items: items.map((item) => ({ title: item.name, description: item.description })) } };
      case 'REFERENCES':
        return { references: { items: items.map((item) => ({ client: item.name, description: item.description })) } };
      case 'CALL_TO_ACTION':
        return {
          callToAction: {
            label: section.label.trim(),
            action: section.action,
            url: section.action === 'URL' ? section.url.trim() : null,
          },
        };
    }
  });
  return { title: draft.title.trim(), seoDescription: draft.seoDescription.trim(), sections };
}

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}
