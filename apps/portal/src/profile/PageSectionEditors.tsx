// The page editor's section editors: one list item per section (its heading, move and remove
// buttons) with the fields of its kind — text (title, markdown), services or references (items to
// add and remove), call to action (label, contact or address). Changes go up as draft patches.
import './catalogue.ts';
import type { ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useFocusSoon, RadioGroup } from '@ekoacteurs/ui';
import { Field, useProblemText } from '../shared/StateField.tsx';
import type { FieldState, Shown } from '../shared/field-state.ts';
import { PAGE_LIMITS, PAGE_RULES } from '@ekoacteurs/contract/input-rules';
import type { Rule } from '../shared/network-rules.ts';
import { emptyItem, itemNameField, sectionPath, type DraftItem, type DraftSection } from './page-draft.ts';

/** A field of the draft at `path`, with its check as you type and the API's error. */
export type FieldAt = (path: string, value: string, rule: Rule, set: (value: string) => void) => FieldState;

interface SectionProps {
  section: DraftSection;
  index: number;
  count: number;
  fieldAt: FieldAt;
  /** The problem with the section's items as a whole (none, too many), shown under them. */
  itemsProblem: Shown;
  /** Changes this section; `path` names the field changed. */
  update: (patch: (section: DraftSection) => DraftSection, path?: string) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

export function SectionEditor({
  section,
  index,
  count,
  fieldAt,
  itemsProblem,
  update,
  onMove,
  onRemove,
}: SectionProps) {
  const { t } = useTranslation();
  const heading = t('profile.page.sectionHeading', {
    position: index + 1,
    kind: t(`profile.page.kind.${section.kind}`),
  });
  const kindProps = { section, at: (part: string) => sectionPath(index, section, part), fieldAt, update };
  let fields: ReactNode = null;
  if (section.kind === 'TEXT') fields = <TextFields {...kindProps} />;
  else if (section.kind === 'SERVICES' || section.kind === 'REFERENCES')
    fields = <ItemFields {...kindProps} itemsProblem={itemsProblem} />;
  else if (section.kind === 'CALL_TO_ACTION') fields = <CallToActionFields {...kindProps} />;
  return (
    <li className="section-editor">
      <fieldset aria-labelledby={`section-${section.key}`}>
        <h3 id={`section-${section.key}`} tabIndex={-1}>
          {heading}
        </h3>
        {fields}
        <p className="actions compact">
          <button
            type="button"
            className="secondary"
            id={`section-${section.key}-up`}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            {t('profile.page.moveUp')}
            <span className="visually-hidden"> {heading}</span>
          </button>
          <button
            type="button"
            className="secondary"
            id={`section-${section.key}-down`}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            {t('profile.page.moveDown')}
            <span className="visually-hidden"> {heading}</span>
          </button>
          <button type="button" className="secondary" onClick={onRemove}>
            {t('profile.page.remove')}
            <span className="visually-hidden"> {heading}</span>
          </button>
        </p>
      </fieldset>
    </li>
  );
}

interface KindProps {
  section: DraftSection;
  /** The API's path of a part of this section. */
  at: (part: string) => string;
  fieldAt: FieldAt;
  update: SectionProps['update'];
}

function TextFields({ section, at, fieldAt, update }: KindProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        field={fieldAt(at('title'), section.title, PAGE_RULES.sectionTitle, (title) =>
          update((s) => ({ ...s, title }), at('title')),
        )}
        label={t('profile.page.sectionTitle')}
      />
      <Field
        field={fieldAt(at('markdown'), section.markdown, PAGE_RULES.markdown, (markdown) =>
          update((s) => ({ ...s, markdown }), at('markdown')),
        )}
        label={t('profile.page.markdown')}
        hint={t('profile.page.markdownHint')}
        multiline
        rows={8}
      />
    </>
  );
}

function ItemFields({ section, at, fieldAt, update, itemsProblem }: KindProps & { itemsProblem: Shown }) {
  const { t } = useTranslation();
  const focusSoon = useFocusSoon();
  const problemText = useProblemText();
  const services = section.kind === 'SERVICES';
  const patchItem = (key: string, patch: Partial<DraftItem>, path: string) =>
    update((s) => ({ ...s, items: s.items.map((item) => (item.key === key ? { ...item, ...patch } : item)) }), path);
  return (
    <>
      <ol className="item-list">
        {section.items.map((item, position) => {
          const name = at(`items.${position}.${itemNameField(section)}`);
          const description = at(`items.${position}.description`);
          return (
            <li key={item.key} id={`item-${item.key}`} tabIndex={-1}>
              <Field
                field={fieldAt(name, item.name, PAGE_RULES.itemTitle, (value) =>
                  patchItem(item.key, { name: value }, name),
                )}
                label={t(services ? 'profile.page.serviceTitle' : 'profile.page.referenceClient', {
                  position: position + 1,
                })}
              />
              <Field
                field={fieldAt(description, item.description, PAGE_RULES.itemDescription, (value) =>
                  patchItem(item.key, { description: value }, description),
                )}
                label={t('profile.page.itemDescription', { position: position + 1 })}
                optional
                multiline
                rows={2}
              />
              {section.items.length > 1 && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    update((s) => ({ ...s, items: s.items.filter((it) => it.key !== item.key) }));
                    focusSoon(`section-${section.key}-add-item`);
                  }}
                >
                  {t('profile.page.removeItem', { position: position + 1 })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {itemsProblem && <p className="field-error">{problemText(itemsProblem)}</p>}
      {section.items.length < PAGE_LIMITS.items && (
        <button
          type="button"
          className="secondary"
          id={`section-${section.key}-add-item`}
          onClick={() => {
            const item = emptyItem();
            update((s) => ({ ...s, items: [...s.items, item] }));
            focusSoon(`page-${at(`items.${section.items.length}.${itemNameField(section)}`).replace(/\./g, '-')}`);
          }}
        >
          {t(services ? 'profile.page.addService' : 'profile.page.addReference')}
        </button>
      )}
    </>
  );
}

function CallToActionFields({ section, at, fieldAt, update }: KindProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        field={fieldAt(at('label'), section.label, PAGE_RULES.label, (label) =>
          update((s) => ({ ...s, label }), at('label')),
        )}
        label={t('profile.page.ctaLabel')}
        counter
      />
      <RadioGroup
        className="filters"
        name={`cta-${section.key}`}
        legend={t('profile.page.ctaAction')}
        values={['CONTACT', 'URL'] as const}
        value={section.action}
        onChange={(action) => update((s) => ({ ...s, action }), at('url'))}
        labelOf={(action) => t(`profile.page.cta.${action}`)}
      />
      {section.action === 'URL' && (
        <Field
          field={fieldAt(at('url'), section.url, PAGE_RULES.url, (url) => update((s) => ({ ...s, url }), at('url')))}
          label={t('profile.page.ctaUrl')}
          type="url"
        />
      )}
    </>
  );
}
