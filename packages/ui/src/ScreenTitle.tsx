// A screen's title: it names the browser tab and takes focus when the screen opens, so that
// keyboard and screen-reader users start there (no thick outline for mouse users: see base.css).
import { useEffect, useRef, type ReactNode } from 'react';

export const BRAND = 'ÉkôActeurs';

/** `title` names the tab ("<title> — <site>", the site being ÉkôActeurs unless told); without it, the heading's own text does. */
export function ScreenTitle({
  id,
  title,
  site = BRAND,
  children,
}: {
  id?: string;
  title?: string;
  site?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    const name = text ?? ref.current?.textContent ?? '';
    document.title = name ? `${name} — ${site}` : site;
  }, [text, site]);
  useEffect(() => {
    // Not while a dialog is open: focus belongs to it.
    if (!document.querySelector('[role="dialog"][aria-modal="true"], dialog[open]'))
      ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="screen-title">
      {children}
    </h1>
  );
}
