// An email's plain text with its web addresses as links (http and https only; nothing else is
// interpreted, the rest stays text).
import { Fragment } from 'react';

const URL_PATTERN = /https?:\/\/[^\s<>"«»]+/g;
/** Punctuation that ends a sentence rather than an address. */
const TRAILING = /[.,;:!?)\]»’']+$/;

export function LinkedText({ text }: { text: string }) {
  const parts: Array<string | { href: string }> = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const href = raw.replace(TRAILING, '');
    const start = match.index;
    parts.push(text.slice(last, start), { href });
    last = start + href.length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          <Fragment key={index}>{part}</Fragment>
        ) : (
          <a key={index} href={part.href} rel="noreferrer noopener" target="_blank">
            {part.href}
          </a>
        ),
      )}
    </>
  );
}
