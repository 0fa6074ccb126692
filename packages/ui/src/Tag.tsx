// A short label on a card or a row (a status, a kind, a skill): a pill with a tone that keeps AA
// contrast. Tags is a list of them.
import type { ReactNode } from 'react';

export type TagTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'brand';

export function Tag({ tone = 'neutral', children }: { tone?: TagTone; children: ReactNode }) {
  return <span className={`tag tag-${tone}`}>{children}</span>;
}

export function Tags({ items, label }: { items: readonly ReactNode[]; label?: string }) {
  return (
    <ul className="tags" aria-label={label}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
