// A titled row of cards that scrolls sideways (suggestions on the home and in the directory). Its
// height is fixed, the same while it loads, empty, failed or full, so nothing under it moves when its
// content arrives (layout shift). Without a title yet (its screen's strings are still loading) it
// keeps the title's line and says it is loading.
import type { ReactNode } from 'react';
import { Skeleton } from './Feedback.tsx';

export function Shelf({ id, title, children }: { id: string; title?: string; children?: ReactNode }) {
  return (
    <section
      aria-labelledby={title ? id : undefined}
      aria-busy={title && children ? undefined : true}
      className="shelf"
    >
      <h2 id={id} aria-hidden={title ? undefined : true}>
        {title ?? '\u00a0'}
      </h2>
      <div className="shelf-body">{children ?? <Skeleton />}</div>
    </section>
  );
}

/** The cards of a shelf (each a `<li className="card">`), of the shelf's height: a list that scrolls sideways. */
export function ShelfCards({ children }: { children: ReactNode }) {
  return <ul className="shelf-cards">{children}</ul>;
}
