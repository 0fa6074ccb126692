// Moving focus to something that is about to appear (a new list item, a result): it gets focus as
// soon as it is in the page, and becomes focusable (tabindex -1) if it was not.
import { useEffect, useState } from 'react';

const FOCUSABLE_TAGS = /^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/;

/** Focuses the element with this id once it is in the page (tries for about `tries` × 50 ms). */
export function focusSoon(id: string, tries = 40): () => void {
  let left = tries;
  let handle = 0;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element) {
      if (!element.hasAttribute('tabindex') && !FOCUSABLE_TAGS.test(element.tagName))
        element.setAttribute('tabindex', '-1');
      element.focus();
    } else if (left-- > 0) {
      handle = window.setTimeout(attempt, 50);
    }
  };
  handle = window.setTimeout(attempt, 0);
  return () => window.clearTimeout(handle);
}

/**
 * The hook form, for components: `const focus = useFocusSoon(); … focus('new-item')`. The element
 * is looked for right after the next render (then every 50 ms, for about 1.5 s); a newer target
 * replaces an older one.
 */
export function useFocusSoon(): (id: string | null) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    let tries = 0;
    let handle = 0;
    const attempt = () => {
      const element = document.getElementById(target);
      if (element) {
        if (!element.hasAttribute('tabindex') && !FOCUSABLE_TAGS.test(element.tagName))
          element.setAttribute('tabindex', '-1');
        element.focus();
        setTarget(null);
      } else if (tries++ < 30) {
        handle = window.setTimeout(attempt, 50);
      } else {
        setTarget(null);
      }
    };
    attempt();
    return () => window.clearTimeout(handle);
  });
  return setTarget;
}
