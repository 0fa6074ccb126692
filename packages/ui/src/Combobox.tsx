// A searchable picker (the WAI-ARIA 1.2 combobox pattern, list autocomplete): type to filter a long
// list, ↓/↑ to move through what matches (the active option is aria-activedescendant, focus stays in
// the box), Enter to pick, Escape to close (then to clear), Home/End in the list. Matching ignores
// case and accents and also reads each option's keywords (e.g. its English name). Options may be
// grouped (role="group", named by its heading). Picking calls `onPick` and empties the box: the
// caller shows what was picked elsewhere (as tags, a list…); `hidden` options are not offered.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from './i18n.ts';

export interface ComboboxOption {
  value: string;
  label: string;
  group?: string;
  /** More words the option is found by (not shown). */
  keywords?: string;
}

export interface ComboboxProps {
  label: string;
  options: readonly ComboboxOption[];
  onPick: (value: string) => void;
  /** Values not to offer (already picked). */
  hidden?: ReadonlySet<string>;
  hint?: string;
  placeholder?: string;
  /** The input's id (the label points at it); one is made up otherwise. */
  id?: string;
  disabled?: boolean;
}

/** Lower case, without accents: "Comptabilité" and "comptabilite" match. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The options matching what is typed (every word, anywhere in the label or keywords), in their order. */
export function matching(
  options: readonly ComboboxOption[],
  typed: string,
  hidden?: ReadonlySet<string>,
): ComboboxOption[] {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  return options.filter((option) => {
    if (hidden?.has(option.value)) return false;
    const text = fold(`${option.label} ${option.keywords ?? ''} ${option.group ?? ''}`);
    return words.every((word) => text.includes(word));
  });
}

export function Combobox({ label, options, onPick, hidden, hint, placeholder, id, disabled }: ComboboxProps) {
  const { t } = useTranslation();
  const made = useId();
  const inputId = id ?? `combobox-${made}`;
  const listId = `${inputId}-list`;
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => matching(options, typed, hidden), [options, typed, hidden]);
  const optionId = (index: number) => `${inputId}-option-${index}`;
  const current = open && active >= 0 && active < shown.length ? active : -1;

  function pick(option: ComboboxOption) {
    onPick(option.value);
    setTyped('');
    setActive(-1);
    setOpen(false);
    input.current?.focus();
  }

  function move(to: number) {
    setOpen(true);
    if (shown.length === 0) return setActive(-1);
    const next = (to + shown.length) % shown.length;
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) return (setOpen(true), setActive(event.altKey ? -1 : 0));
        return move(current + 1);
      case 'ArrowUp':
        event.preventDefault();
        return move(current <= 0 ? shown.length - 1 : current - 1);
      case 'Home':
      case 'End':
        if (!open || current < 0) return;
        event.preventDefault();
        return move(event.key === 'Home' ? 0 : shown.length - 1);
      case 'Enter':
        // A form around the box is not submitted while the list is open.
        if (open && current >= 0) {
          event.preventDefault();
          pick(shown[current]!);
        } else if (open) event.preventDefault();
        return;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (typed) {
          event.preventDefault();
          setTyped('');
        }
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  }

  // Options in their groups, numbered in display order for aria-activedescendant.
  const groups: { name: string | undefined; items: { option: ComboboxOption; index: number }[] }[] = [];
  shown.forEach((option, index) => {
    const last = groups[groups.length - 1];
    if (last && last.name === option.group) last.items.push({ option, index });
    else groups.push({ name: option.group, items: [{ option, index }] });
  });
  const renderOption = ({ option, index }: { option: ComboboxOption; index: number }) => (
    // In this pattern options never take focus and have no keys of their own: the box keeps focus
    // and handles ↓/↑/Enter, pointing at the active option with aria-activedescendant.
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
    <div
      key={option.value}
      id={optionId(index)}
      role="option"
      aria-selected={index === current}
      className={index === current ? 'combobox-option active' : 'combobox-option'}
      // Not mousedown's default: the box keeps focus, so the list does not close before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => pick(option)}
    >
      {option.label}
    </div>
  );

  return (
    <div className="combobox field">
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p id={`${inputId}-hint`} className="hint muted">
          {hint}
        </p>
      )}
      <input
        ref={input}
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        aria-describedby={hint ? `${inputId}-hint` : undefined}
        placeholder={placeholder}
        disabled={disabled}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setOpen(true);
          setActive(event.target.value.trim() ? 0 : -1);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <div id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!open}>
        {open && shown.length === 0 && <p className="combobox-empty muted">{t('kit.combobox.noMatch')}</p>}
        {open &&
          groups.map((group, n) =>
            group.name ? (
              <div key={`${group.name}-${n}`} role="group" aria-labelledby={`${inputId}-group-${n}`}>
                <span id={`${inputId}-group-${n}`} className="combobox-group" aria-hidden>
                  {group.name}
                </span>
                {group.items.map(renderOption)}
              </div>
            ) : (
              group.items.map(renderOption)
            ),
          )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open && typed.trim() ? t('kit.combobox.results', { count: shown.length }) : ''}
      </p>
    </div>
  );
}
