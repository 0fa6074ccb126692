// A button that shows and hides a panel (the header's menu on small screens, the account menu):
// aria-expanded on the button, Escape closes and gives focus back to the button, a click outside
// closes, and so does a change of `closeOn` (the page's address, after following a link).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  /** What the button shows (its accessible name comes from `label` when given). */
  button: ReactNode;
  label?: string;
  buttonClassName?: string;
  panelClassName?: string;
  /** The panel closes whenever this value changes. */
  closeOn?: unknown;
  children: ReactNode;
}

export function Disclosure({ button, label, buttonClassName, panelClassName, closeOn, children }: DisclosureProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // A new address closes the panel (adjusted while rendering, not in an effect).
  const [seen, setSeen] = useState(closeOn);
  if (seen !== closeOn) {
    setSeen(closeOn);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div ref={root} className="disclosure">
      <button
        ref={toggle}
        type="button"
        className={buttonClassName}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={label}
        onClick={() => setOpen((value) => !value)}
      >
        {button}
      </button>
      <div id={`${id}-panel`} className={panelClassName} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
